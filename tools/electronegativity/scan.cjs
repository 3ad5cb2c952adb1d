#!/usr/bin/env node
// Runs Electronegativity through its documented programmatic API and writes one JSON report.
// Unlike the CLI's `-o report.csv`, this keeps what the CSV drops: how many files and checks ran, and
// the files it could not parse (a file that fails to parse is silently not checked).
// Usage: node scan.cjs <input dir> <electron version> <report.json> [checks to skip, comma-separated]
const { writeFileSync } = require('node:fs');
const { resolve, relative } = require('node:path');
const run = require('@doyensec/electronegativity');
const { list_files: listFiles } = require('@doyensec/electronegativity/dist/util');
const { version } = require('@doyensec/electronegativity/package.json');

async function main() {
  const [inputArg, electronVersion, output, skip = ''] = process.argv.slice(2);
  if (!inputArg || !electronVersion || !output)
    throw new Error('usage: scan.cjs <input dir> <electron version> <report.json> [skip]');
  const excludeFromScan = skip
    .split(',')
    .map((check) => check.trim().toLowerCase())
    .filter(Boolean);
  const input = resolve(inputArg);
  const files = (await listFiles(input)).map((file) => relative(input, file)).sort();
  const result = await run({ input, electronVersionOverride: electronVersion, excludeFromScan, isRelative: true });
  const report = {
    tool: `@doyensec/electronegativity@${version}`,
    electronVersion,
    skipped: excludeFromScan,
    files,
    checks: { global: result.globalChecks, atomic: result.atomicChecks },
    errors: result.errors,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      sample: issue.sample,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    })),
  };
  writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
