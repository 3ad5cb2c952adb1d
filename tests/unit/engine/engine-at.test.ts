// openEngineAt (src/main/engine/engine-at.ts): an engine at an address the app chose, TLS material in memory.
import { describe, expect, it } from 'vitest';
import { openEngineAt, targetAt } from '../../../src/main/engine/engine-at';
import { engineRoutes, startServer } from './discovery/fake-engine';

describe('targetAt', () => {
  it('is a verified tcp+TLS target with the PEM text as bytes, published on its host', () => {
    const target = targetAt({ host: '127.0.0.1', port: 32770, tls: { ca: 'CA', cert: 'CERT', key: 'KEY' } });
    expect(target.endpoint).toMatchObject({ url: 'tcp://127.0.0.1:32770', label: 'tcp://127.0.0.1:32770' });
    expect(target.endpoint.publishedHost).toBe('127.0.0.1');
    expect(target.transport).toEqual({
      kind: 'tcp',
      host: '127.0.0.1',
      port: 32770,
      tls: { ca: Buffer.from('CA'), cert: Buffer.from('CERT'), key: Buffer.from('KEY'), verify: true },
    });
  });

  it('is plain tcp without TLS material, and keeps a given label', () => {
    const target = targetAt({ host: '::1', port: 2375, label: 'node1' });
    expect(target.endpoint).toMatchObject({ url: 'tcp://[::1]:2375', label: 'node1' });
    expect(target.transport).toEqual({ kind: 'tcp', host: '::1', port: 2375 });
  });
});

describe('openEngineAt', () => {
  it('identifies the engine it reaches', async () => {
    const server = await startServer('tcp', engineRoutes());
    try {
      const port = Number(server.address.split(':')[1]);
      const engine = await openEngineAt({ host: '127.0.0.1', port, label: 'node1' });
      expect(engine.identity).toMatchObject({ product: 'docker-engine', version: '20.10.24+dfsg1' });
      expect(engine.endpoint.label).toBe('node1');
      engine.close();
    } finally {
      await server.close();
    }
  });

  it('says which engine did not answer', async () => {
    const server = await startServer('tcp', engineRoutes());
    const port = Number(server.address.split(':')[1]);
    await server.close();
    await expect(openEngineAt({ host: '127.0.0.1', port, label: 'node2' })).rejects.toMatchObject({
      code: 'ENGINE_UNAVAILABLE',
      message: expect.stringMatching(/^connecting to node2: .*ECONNREFUSED/),
    });
  });
});
