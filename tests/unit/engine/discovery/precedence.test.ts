import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectEngine, discoverEngine, EngineUnavailableError } from '../../../../src/main/engine/connect';
import { engineRoutes, staleSocket } from './fake-engine';
import { sandbox } from './sandbox';

const sb = sandbox();

describe('DOCKER_HOST precedence', () => {
  it('DOCKER_HOST wins over an answering socket, which is not even dialled', async () => {
    const w = sb.world();
    const podman = await sb.serve(join(w.home, 'dh.sock'), engineRoutes(true));
    const docker = await sb.serve(join(w.root, 'var/run/docker.sock'), engineRoutes());
    const report = await discoverEngine({ ...w.opts, env: { ...w.opts.env, DOCKER_HOST: `unix://${podman.address}` } });
    expect(report.chosen?.source).toBe('DOCKER_HOST');
    expect(report.identity?.product).toBe('podman');
    expect(report.probes.slice(1).every((p) => p.skipped === true)).toBe(true);
    expect(docker.requests).toEqual([]);
  });

  it('a failing DOCKER_HOST is not silently replaced; the answering socket becomes a hint', async () => {
    const w = sb.world();
    const stale = join(w.home, 'stale.sock');
    staleSocket(stale);
    const docker = await sb.serve(join(w.root, 'var/run/docker.sock'), engineRoutes());
    const opts = { ...w.opts, env: { ...w.opts.env, DOCKER_HOST: `unix://${stale}` } };
    const report = await discoverEngine(opts);
    expect(report.chosen).toBeUndefined();
    expect(report.probes[0]?.failure?.code).toBe('ENGINE_NOT_RUNNING');
    expect(report.probes[0]?.failure?.fix).toContain(`unix://${docker.address}) answers: unset DOCKER_HOST`);
    expect(report.probes.find((p) => p.endpoint.url === `unix://${docker.address}`)?.ok).toBe(true);

    const error = await connectEngine(opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    if (!(error instanceof EngineUnavailableError)) return;
    expect(error.code).toBe('ENGINE_NOT_RUNNING');
    expect(error.report.probes[0]?.endpoint.source).toBe('DOCKER_HOST');
    expect(error.message).toContain(`DOCKER_HOST (unix://${stale})`);
    expect(error.message).toContain('unset DOCKER_HOST');
  });

  it('a malformed DOCKER_HOST is BAD_CONFIG and nothing else is chosen', async () => {
    const w = sb.world({ DOCKER_HOST: 'http://localhost:2375' });
    await sb.serve(join(w.root, 'var/run/docker.sock'), engineRoutes());
    const error = await connectEngine(w.opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as EngineUnavailableError).code).toBe('BAD_CONFIG');
    expect((error as EngineUnavailableError).message).toContain('tcp://localhost:2375');
  });

  it('with nothing anywhere, the error names every candidate and how to install or start one', async () => {
    const w = sb.world();
    const error = await connectEngine(w.opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    const e = error as EngineUnavailableError;
    expect(e.code).toBe('ENGINE_NOT_FOUND');
    expect(e.report.probes).toHaveLength(5);
    for (const p of e.report.probes) expect(e.message).toContain(p.endpoint.url);
    expect(e.message).toContain('install Docker Engine');
    expect(e.message).toContain('systemctl --user enable --now podman.socket');
  });

  it('a context is probed like DOCKER_HOST: chosen when it answers, advice to leave it when it does not', async () => {
    const w = sb.world();
    const config = join(w.home, 'docker-config');
    const meta = join(config, 'contexts/meta', createHash('sha256').update('lab').digest('hex'));
    mkdirSync(meta, { recursive: true });
    const remote = join(w.home, 'lab.sock');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'lab' }));
    writeFileSync(
      join(meta, 'meta.json'),
      JSON.stringify({ Name: 'lab', Endpoints: { docker: { Host: `unix://${remote}` } } }),
    );
    const opts = { ...w.opts, env: { ...w.opts.env, DOCKER_CONFIG: config } };
    const lab = await sb.serve(remote, engineRoutes(true));
    await sb.serve(join(w.root, 'var/run/docker.sock'), engineRoutes());
    const used = await connectEngine(opts);
    expect(used.endpoint).toMatchObject({ source: 'context', label: 'context lab' });
    expect(used.identity.product).toBe('podman');
    await lab.close();
    const report = await discoverEngine(opts);
    expect(report.chosen).toBeUndefined();
    expect(report.probes[0]?.failure?.code).toBe('ENGINE_NOT_FOUND');
    expect(report.probes[0]?.failure?.fix).toContain('docker context use default');
  });
});
