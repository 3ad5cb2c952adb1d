import net from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectEngine, discoverEngine } from '../../../../src/main/engine/connect';
import { engineRoutes, type Route } from './fake-engine';
import { freePort, sandbox } from './sandbox';

const sb = sandbox();

describe('tcp and ssh', () => {
  it('tcp://127.0.0.1:port: chosen, published on that host', async () => {
    const engine = await sb.serve('tcp', engineRoutes());
    const w = sb.world({ DOCKER_HOST: `tcp://${engine.address}` });
    const { endpoint, identity, client } = await connectEngine(w.opts);
    expect(endpoint).toEqual({
      source: 'DOCKER_HOST',
      label: 'DOCKER_HOST',
      url: `tcp://${engine.address}`,
      publishedHost: '127.0.0.1',
    });
    expect(identity.apiVersion).toBe('1.41');
    expect((await client.bytes({ method: 'GET', path: '/_ping' })).toString()).toBe('OK');
    client.close();
  });

  it('tcp port with no listener → ENGINE_NOT_RUNNING with a remote fix', async () => {
    const port = await freePort();
    const w = sb.world({ DOCKER_HOST: `tcp://127.0.0.1:${port}` });
    const [probe] = (await discoverEngine(w.opts)).probes;
    expect(probe?.failure?.code).toBe('ENGINE_NOT_RUNNING');
    expect(probe?.failure?.fix).toContain(`tcp port ${port}`);
  });

  it('plain HTTP to a TLS daemon → BAD_CONFIG: turn on DOCKER_TLS_VERIFY', async () => {
    const tlsOnly: Route = (_req, res) => {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Client sent an HTTP request to an HTTPS server.\n');
    };
    const engine = await sb.serve('tcp', { '*': tlsOnly });
    const [probe] = (await discoverEngine(sb.world({ DOCKER_HOST: `tcp://${engine.address}` }).opts)).probes;
    expect(probe?.failure?.code).toBe('BAD_CONFIG');
    expect(probe?.failure?.fix).toContain('DOCKER_TLS_VERIFY=1');
  });

  it('TLS to a plain HTTP engine → BAD_CONFIG: unset DOCKER_TLS_VERIFY', async () => {
    const engine = await sb.serve('tcp', engineRoutes());
    const w = sb.world({
      DOCKER_HOST: `tcp://${engine.address}`,
      DOCKER_TLS: '1',
      DOCKER_CERT_PATH: join(sb.dir, 'none'),
    });
    const [probe] = (await discoverEngine(w.opts)).probes;
    expect(probe?.failure?.code).toBe('BAD_CONFIG');
    expect(probe?.failure?.fix).toContain('unset DOCKER_TLS_VERIFY');
  });

  it('ssh to a closed port → UNREACHABLE', async () => {
    const port = await freePort();
    const w = sb.world({ DOCKER_HOST: `ssh://me@127.0.0.1:${port}`, SSH_AUTH_SOCK: '' });
    const [probe] = (await discoverEngine({ ...w.opts, sshTimeoutMs: 2000 })).probes;
    expect(probe?.failure?.code).toBe('UNREACHABLE');
    expect(probe?.failure?.message).toContain(`me@127.0.0.1:${port}`);
  });

  it('ssh to a host that never speaks → UNREACHABLE within the ssh timeout', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const w = sb.world({ DOCKER_HOST: `ssh://me@127.0.0.1:${port}` });
      const started = Date.now();
      const [probe] = (await discoverEngine({ ...w.opts, sshTimeoutMs: 500 })).probes;
      expect(probe?.failure?.code).toBe('UNREACHABLE');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.close();
    }
  });
});
