// tcp:// with TLS for real: the private engine's loopback listener (tests/kit/engine.sh), which requires a
// client certificate from the kit's CA, found through DOCKER_TLS_VERIFY and DOCKER_CERT_PATH as the CLI does.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverEngine } from '../../src/main/engine/connect';
import { type Engine, openEngine } from '../../src/main/engine/engine';
import { resetLesson } from '../../src/main/lessons/safety/reset';
import type { StepResult } from '../../src/shared/results';
import { bridgeIds, commands, failures, kitEnv, privateDockerHost, run, runSteps, tempDir } from './support';

const tmp = tempDir();
let tls: Record<string, string>; // DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH
const kitFile = (name: string) => join(tls.DOCKER_CERT_PATH ?? '', name);

/** A DOCKER_CERT_PATH folder holding the given files (the kit's client files unless given otherwise). */
function certDir(name: string, files: Record<string, string>): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, from] of Object.entries(files)) copyFileSync(from, join(dir, file));
  return dir;
}

const discover = (certPath: string) =>
  discoverEngine({ env: { ...tls, DOCKER_CERT_PATH: certPath }, home: tmp.dir }).then((r) => r.probes[0]);

beforeAll(async () => {
  privateDockerHost();
  tls = await kitEnv('engine.sh', '--tls');
});
afterAll(() => tmp.cleanup());

describe('DOCKER_HOST=tcp://127.0.0.1:23760 with DOCKER_TLS_VERIFY=1 and the kit client certificate', () => {
  let engine: Engine;
  let steps: StepResult[];
  beforeAll(async () => {
    engine = await openEngine({ env: tls, home: tmp.dir });
    await resetLesson(engine, 'links');
    steps = await runSteps(engine, 'links', 3);
  });
  afterAll(async () => {
    if (engine) await resetLesson(engine, 'links');
  });

  it('identifies the private engine', async () => {
    expect(engine.endpoint).toMatchObject({ source: 'DOCKER_HOST', url: tls.DOCKER_HOST, publishedHost: '127.0.0.1' });
    const [overTls, overSocket] = await bridgeIds(engine);
    expect(overTls).toBe(overSocket);
  });

  it('runs the links lesson steps 1-3 with every check passing, the app reached on 127.0.0.1:3000', () => {
    expect(failures(steps)).toEqual([]);
    expect(steps.map((s) => s.ok)).toEqual([true, true, true]);
    expect(commands(steps)).toContain('curl http://127.0.0.1:3000');
  });
});

describe('TLS set up wrong', () => {
  it('a ca.pem of another CA: UNREACHABLE, the handshake failed, with the fix', async () => {
    const other = join(tmp.dir, 'other-ca.pem');
    await run('openssl', [
      ...['req', '-x509', '-new', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
      ...['-days', '1', '-subj', '/CN=some other CA', '-keyout', join(tmp.dir, 'other-ca-key.pem'), '-out', other],
    ]);
    const probe = await discover(
      certDir('wrong-ca', { 'ca.pem': other, 'cert.pem': kitFile('cert.pem'), 'key.pem': kitFile('key.pem') }),
    );
    expect(probe?.ok).toBe(false);
    expect(probe?.failure).toMatchObject({
      code: 'UNREACHABLE',
      message: expect.stringMatching(
        /^The TLS handshake with 127\.0\.0\.1:\d+ failed \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/,
      ),
      fix: expect.stringContaining("ca.pem must be the CA that signed the engine's certificate for 127.0.0.1"),
    });
  });

  it('no client certificate: the engine refuses the handshake, and the fix names cert.pem/key.pem', async () => {
    const probe = await discover(certDir('no-client-cert', { 'ca.pem': kitFile('ca.pem') }));
    expect(probe?.ok).toBe(false);
    expect(probe?.failure).toMatchObject({
      code: 'UNREACHABLE',
      message: expect.stringMatching(/^The TLS handshake with 127\.0\.0\.1:\d+ failed \(ERR_SSL_\w+_ALERT_/),
      fix: expect.stringContaining('cert.pem/key.pem a client pair it trusts'),
    });
  });
});
