// `npm run lab -- validate FILE...` reports what is wrong with lesson files, one line per problem with the file
// name, and needs no engine (DOCKER_HOST points nowhere here).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const text = { en: 'x', id: 'x' };

async function lab(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/lab.mjs', 'validate', ...args], {
    cwd: root,
    env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock', DOCKER_CONTEXT: '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

function lessonWith(actions: unknown[]): Record<string, unknown> {
  const step = { id: 'one', title: text, explanation: text, actions };
  return { format: 2, id: 'demo', order: 9, title: text, summary: text, intro: text, ending: text, steps: [step] };
}

function tempFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'lab-validate-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      writeFileSync(join(dir, name), content);
      return [name, join(dir, name)];
    }),
  );
}

it('says a shipped lesson is ok, with its counts', async () => {
  const file = 'resources/lessons/networks.json';
  const { code, stdout, stderr } = await lab(file);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(stdout).toMatch(
    /^resources\/lessons\/networks\.json: ok \(\d+ steps?, \d+ commands?, \d+ checks?(, \d+ challenges?)?\)\n$/,
  );
}, 30_000);

it('prints every problem of every bad file on its own line and exits 1', async () => {
  const { intro: _intro, ...noIntro } = lessonWith([{ command: 'docker network ls' }]);
  const ghost = { id: 'up', explain: text, kind: 'container-running', container: 'ghost' };
  const files = tempFiles({
    'not-json.json': '{ "format": 2, ',
    'no-intro.json': JSON.stringify(noIntro),
    'spacing.json': JSON.stringify(lessonWith([{ command: 'docker run --detach --name  web nginx' }])),
    'ghost.json': JSON.stringify(lessonWith([{ command: 'docker network ls', checks: [ghost] }])),
  });
  const { code, stdout } = await lab(...Object.values(files));
  expect(code).toBe(1);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(new RegExp(`^${files['not-json.json']}: not JSON: .+`));
  expect(lines[1]).toBe(`${files['no-intro.json']}: intro: Invalid input: expected object, received undefined`);
  expect(lines[2]).toBe(
    `${files['spacing.json']}: steps.one.actions.0: formats back as "docker run --detach --name web nginx", not as written: write it that way`,
  );
  expect(lines[3]).toBe(
    `${files['ghost.json']}: steps.one.actions.0.checks.up: reads the container "ghost", which no command of the lesson creates`,
  );
}, 30_000);

it('needs at least one file', async () => {
  const { code, stderr } = await lab();
  expect(code).toBe(2);
  expect(stderr).toContain('validate needs lesson files');
}, 30_000);
