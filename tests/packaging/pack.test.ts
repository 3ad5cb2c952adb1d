/**
 * Packs the built app (run `npm run build` first) with electron-builder and this repo's config, as a
 * Linux `dir` target and offline: a stand-in file takes the Electron binary's place, and any download
 * would hit a dead proxy and fail. Then checks what app.asar holds, its size, that the packed main
 * process runs, and the fuses electron-builder flipped in the stand-in.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const sizeBudget = 13 * 1024 * 1024; // measured 10.2 MiB, plus about 20%

// In Electron's binary the fuse wire follows this marker: a version byte, a length byte, then one
// '0' or '1' per fuse in this order. The stand-in carries Electron 45's defaults.
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseNames = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
const electronDefaults = '10110001';

const work = mkdtempSync(join(tmpdir(), 'ct-pack-'));

function standInElectron(): string {
  const dir = join(work, 'electron-dist');
  mkdirSync(dir);
  const wire = [Buffer.from(`#!/bin/sh\n# ${sentinel}`), Buffer.from([1, 8]), Buffer.from(`${electronDefaults}\n`)];
  writeFileSync(join(dir, 'electron'), Buffer.concat(wire));
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

const offline = {
  NO_UPDATE_NOTIFIER: '1',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  ELECTRON_GET_USE_PROXY: '1',
  ELECTRON_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_BUILDER_CACHE: join(work, 'cache'),
};

/** Packs into work/<name>; returns the unpacked app's folder. */
async function pack(name: string, electronDist: string, env: Record<string, string> = {}): Promise<string> {
  const output = join(work, name);
  const cli = join(root, 'node_modules/electron-builder/cli.js');
  const args = ['--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`];
  await run(process.execPath, [cli, ...args, `-c.directories.output=${output}`], {
    cwd: root,
    env: { ...process.env, ...offline, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return join(output, 'linux-unpacked');
}

function fuses(app: string): Record<string, boolean> {
  const binary = readFileSync(join(app, 'container-talk'));
  const at = binary.indexOf(sentinel) + sentinel.length;
  const length = binary.readUInt8(at + 1);
  const wire = binary.subarray(at + 2, at + 2 + length).toString('latin1');
  return Object.fromEntries(fuseNames.map((name, i) => [name, wire[i] === '1']));
}

let app: string;
let e2eApp: string;
let asar: string;
let entries: Set<string>;

beforeAll(async () => {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('no build in out/: run `npm run build` first');
  const electronDist = standInElectron();
  [app, e2eApp] = await Promise.all([pack('release', electronDist), pack('e2e', electronDist, { CT_E2E_BUILD: '1' })]);
  asar = join(app, 'resources/app.asar');
  entries = new Set(listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/')));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const inAsar = (path: string) => [...entries].some((entry) => entry === path || entry.startsWith(`${path}/`));

describe('app.asar', () => {
  it('holds the build, the resources, package.json and the runtime dependencies', () => {
    for (const path of [
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/resources/lessons/links.json',
      '/resources/example-app/Dockerfile',
      '/resources/icon.png',
      '/package.json',
      '/node_modules/ssh2',
      '/node_modules/tar-fs',
      '/node_modules/@balena/dockerignore',
      '/node_modules/ws',
      '/node_modules/zod',
    ])
      expect(inAsar(path), path).toBe(true);
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString());
    expect(entries.has(`/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
  });

  it('leaves out sources, tests, dev tools, renderer libraries and source maps', () => {
    for (const path of [
      '/src',
      '/tests',
      '/docs',
      '/build',
      '/.test-engine',
      '/node_modules/react',
      '/node_modules/@mantine',
      '/node_modules/electron',
      '/node_modules/electron-builder',
      '/node_modules/@types',
    ])
      expect(inAsar(path), path).toBe(false);
    expect([...entries].filter((entry) => entry.endsWith('.map'))).toEqual([]);
  });

  it('stays within its size budget', () => {
    const size = statSync(asar).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MiB, ${entries.size} entries`);
    expect(size).toBeLessThan(sizeBudget);
  });

  it('runs: the packed main process finds its lessons and loads its dependencies', async () => {
    const extracted = join(work, 'extracted');
    extractAll(asar, extracted);
    const { stdout } = await run(process.execPath, [join(extracted, 'out/main/lab.js'), 'list'], {
      cwd: work,
      env: { ...process.env, CONTAINER_TALK_RESOURCES: '' },
    });
    expect(stdout).toMatch(/^links /m);
    expect(stdout).toMatch(/^networks /m);
    const load = `for (const m of ['ssh2', 'tar-fs', '@balena/dockerignore', 'ws', 'zod']) require(require.resolve(m, { paths: [${JSON.stringify(extracted)}] }))`;
    await run(process.execPath, ['-e', load], { cwd: work });
  });
});

describe('fuses', () => {
  it('lock the released app down', () => {
    expect(fuses(app)).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('let Playwright attach (--inspect) only in a CT_E2E_BUILD=1 build', () => {
    expect(fuses(e2eApp)).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: true });
  });
});
