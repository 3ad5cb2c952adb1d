/** Per-file test sandbox: a temp linux-like world (home, XDG_RUNTIME_DIR, system root) and fake servers, cleaned up. */
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { DiscoveryOptions } from '../../../../src/main/engine/discovery';
import { type FakeServer, type Route, startServer, tempDir } from './fake-engine';

export interface World {
  opts: DiscoveryOptions;
  home: string;
  root: string;
  xdg: string;
}

export function sandbox() {
  const tmp = tempDir();
  const servers: FakeServer[] = [];
  let n = 0;
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(tmp.cleanup);
  return {
    dir: tmp.dir,
    /** A fresh, empty world; env is added to XDG_RUNTIME_DIR. Ping timeout 400 ms. */
    world(env: NodeJS.ProcessEnv = {}): World {
      const base = join(tmp.dir, `w${n++}`);
      const home = join(base, 'home');
      const root = join(base, 'root');
      const xdg = join(base, 'xdg');
      const dirs = [
        join(home, '.docker/desktop'),
        join(root, 'var/run'),
        join(root, 'run/podman'),
        join(xdg, 'podman'),
      ];
      for (const d of dirs) mkdirSync(d, { recursive: true });
      const opts = {
        env: { XDG_RUNTIME_DIR: xdg, ...env },
        platform: 'linux' as const,
        home,
        systemRoot: root,
        timeoutMs: 400,
      };
      return { opts, home, root, xdg };
    },
    /** A fake server (closed after each test) on a unix socket path or on 127.0.0.1 ('tcp'). */
    async serve(path: string | 'tcp', routes?: Record<string, Route>): Promise<FakeServer> {
      const s = await startServer(path, routes);
      servers.push(s);
      return s;
    },
  };
}

/** A tcp port nobody listens on (just released). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
