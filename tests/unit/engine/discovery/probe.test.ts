import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectEngine, discoverEngine } from '../../../../src/main/engine/connect';
import { engineRoutes, htmlRoutes, type Route, staleSocket } from './fake-engine';
import { sandbox } from './sandbox';

const sb = sandbox();

describe('probing real sockets', () => {
  it('chooses the first socket that answers and identifies Docker Engine 20.10', async () => {
    const w = sb.world();
    const engine = await sb.serve(join(w.home, '.docker/desktop/docker.sock'), engineRoutes());
    const report = await discoverEngine(w.opts);
    expect(report.chosen?.url).toBe(`unix://${engine.address}`);
    expect(report.chosen?.publishedHost).toBe('localhost');
    expect(report.identity).toEqual({
      product: 'docker-engine',
      version: '20.10.24+dfsg1',
      apiVersion: '1.41',
      minApiVersion: '1.12',
      os: 'linux',
      arch: 'amd64',
      kernelVersion: '6.1.0-18-amd64',
      operatingSystem: 'Debian GNU/Linux 12 (bookworm)',
    });
    const byUrl = Object.fromEntries(report.probes.map((p) => [p.endpoint.url, p]));
    expect(byUrl[`unix://${join(w.root, 'var/run/docker.sock')}`]?.failure?.code).toBe('ENGINE_NOT_FOUND');
    expect(byUrl[`unix://${engine.address}`]?.ok).toBe(true);
    expect(report.probes).toHaveLength(5);
  });

  it('never prefixes an API version: the engine answers with its own newest', async () => {
    const w = sb.world();
    const engine = await sb.serve(join(w.root, 'var/run/docker.sock'), engineRoutes());
    const { client, identity, endpoint } = await connectEngine(w.opts);
    expect(endpoint.label).toBe('Docker Engine');
    expect(identity.apiVersion).toBe('1.41');
    await client.json({ method: 'GET', path: '/version' });
    client.close();
    expect(engine.requests).toContain('/version');
    expect(engine.requests.every((r) => !/^\/v\d/.test(r))).toBe(true);
  });

  it('a fake Podman (answers /libpod/_ping) is identified as podman', async () => {
    const w = sb.world();
    await sb.serve(join(w.xdg, 'podman/podman.sock'), engineRoutes(true));
    const { identity, endpoint } = await connectEngine(w.opts);
    expect(identity.product).toBe('podman');
    expect(identity.version).toBe('4.3.1');
    expect(endpoint.label).toBe('rootless Podman');
  });

  it('missing socket → ENGINE_NOT_FOUND', async () => {
    const w = sb.world({ DOCKER_HOST: `unix://${join(sb.dir, 'nothing-here.sock')}` });
    const [probe] = (await discoverEngine(w.opts)).probes;
    expect(probe?.failure?.code).toBe('ENGINE_NOT_FOUND');
    expect(probe?.failure?.message).toContain('does not exist');
    expect(probe?.failure?.fix).toContain('DOCKER_HOST points at');
  });

  it('stale socket file with no listener → ENGINE_NOT_RUNNING', async () => {
    const w = sb.world();
    const path = join(w.root, 'var/run/docker.sock');
    staleSocket(path);
    const [probe] = (await discoverEngine(w.opts)).probes;
    expect(probe?.failure?.code).toBe('ENGINE_NOT_RUNNING');
    expect(probe?.failure?.message).toContain('ECONNREFUSED');
    expect(probe?.failure?.fix).toContain('sudo systemctl start docker');
  });

  it('an HTTP server that is not an engine → NOT_AN_ENGINE', async () => {
    const w = sb.world();
    await sb.serve(join(w.root, 'var/run/docker.sock'), htmlRoutes());
    const [probe] = (await discoverEngine(w.opts)).probes;
    expect(probe?.failure?.code).toBe('NOT_AN_ENGINE');
    expect(probe?.failure?.message).toContain('HTTP 404 (text/html)');
  });

  it('a server that never answers → TIMEOUT within the timeout', async () => {
    const w = sb.world();
    await sb.serve(join(w.root, 'var/run/docker.sock')); // accepts, never answers
    const started = Date.now();
    const report = await discoverEngine({ ...w.opts, timeoutMs: 300 });
    const elapsed = Date.now() - started;
    const [probe] = report.probes;
    expect(probe?.failure?.code).toBe('TIMEOUT');
    expect(probe?.ms).toBeGreaterThanOrEqual(290);
    expect(probe?.ms).toBeLessThan(600);
    expect(elapsed).toBeLessThan(1000);
    expect(probe?.failure?.message).toContain('300 ms');
  });

  it('an engine that answers /_ping but not /version is passed over for the next one', async () => {
    const w = sb.world();
    const broken = { ...engineRoutes(), '/version': htmlRoutes()['*'] as Route };
    await sb.serve(join(w.root, 'var/run/docker.sock'), broken);
    const good = await sb.serve(join(w.home, '.docker/desktop/docker.sock'), engineRoutes());
    const report = await discoverEngine(w.opts);
    expect(report.chosen?.url).toBe(`unix://${good.address}`);
    expect(report.probes[0]?.failure?.code).toBe('NOT_AN_ENGINE');
    expect(report.probes[0]?.failure?.message).toContain('answered /_ping');
  });
});
