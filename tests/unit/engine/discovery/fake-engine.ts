/** Test helpers: tiny HTTP servers on temp unix sockets (or tcp) that answer like an engine, or badly. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The shape of Debian's Docker Engine 20.10 GET /version. */
export const DOCKER_2010_VERSION = {
  Platform: { Name: '' },
  Components: [
    {
      Name: 'Engine',
      Version: '20.10.24+dfsg1',
      Details: {
        ApiVersion: '1.41',
        Arch: 'amd64',
        BuildTime: '2023-05-18T08:38:34.000000000+00:00',
        Experimental: 'false',
        GitCommit: '5d6db84',
        GoVersion: 'go1.19.8',
        KernelVersion: '6.1.0-18-amd64',
        MinAPIVersion: '1.12',
        Os: 'linux',
      },
    },
    { Name: 'containerd', Version: '1.6.20~ds1', Details: { GitCommit: '1.6.20~ds1-1+b1' } },
    { Name: 'runc', Version: '1.1.5+ds1', Details: { GitCommit: '1.1.5+ds1-1+deb12u1' } },
    { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: '' } },
  ],
  Version: '20.10.24+dfsg1',
  ApiVersion: '1.41',
  MinAPIVersion: '1.12',
  GitCommit: '5d6db84',
  GoVersion: 'go1.19.8',
  Os: 'linux',
  Arch: 'amd64',
  KernelVersion: '6.1.0-18-amd64',
  BuildTime: '2023-05-18T08:38:34.000000000+00:00',
};

export const DOCKER_2010_INFO = {
  OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
  OSType: 'linux',
  Architecture: 'x86_64',
  KernelVersion: '6.1.0-18-amd64',
};

/** The shape of podman 4.3.1's compat GET /version. */
export const PODMAN_VERSION = {
  Platform: { Name: 'linux/amd64/debian-12' },
  Components: [
    { Name: 'Podman Engine', Version: '4.3.1', Details: { APIVersion: '4.3.1', Arch: 'amd64', Os: 'linux' } },
  ],
  Version: '4.3.1',
  ApiVersion: '1.41',
  MinAPIVersion: '1.24',
  Os: 'linux',
  Arch: 'amd64',
  KernelVersion: '6.1.0-18-amd64',
};

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const json =
  (body: unknown): Route =>
  (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Api-Version': '1.41' }).end(JSON.stringify(body));
  };
const ok: Route = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Api-Version': '1.41' }).end('OK');
};
const notFound: Route = (_req, res) => {
  res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"page not found"}');
};

export const engineRoutes = (podman = false): Record<string, Route> => ({
  '/_ping': ok,
  '/version': json(podman ? PODMAN_VERSION : DOCKER_2010_VERSION),
  '/info': json(DOCKER_2010_INFO),
  '/libpod/_ping': podman ? ok : notFound,
});

export const htmlRoutes = (): Record<string, Route> => ({
  '*': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body><h1>404 Not Found</h1></body></html>');
  },
});

export interface FakeServer {
  /** unix socket path, or "127.0.0.1:port" for tcp */
  address: string;
  requests: string[];
  close(): Promise<void>;
}

/** routes: path → handler ("*" catches all); undefined means accept connections and never answer. */
export async function startServer(listenOn: string | 'tcp', routes?: Record<string, Route>): Promise<FakeServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (!routes) return; // hang
    const route = routes[(req.url ?? '').split('?')[0] ?? ''] ?? routes['*'] ?? notFound;
    route(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => {
    if (listenOn === 'tcp') server.listen(0, '127.0.0.1', resolve);
    else server.listen(listenOn, resolve);
  });
  const address = listenOn === 'tcp' ? `127.0.0.1:${(server.address() as AddressInfo).port}` : listenOn;
  return {
    address,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A socket file with no listener: a child process listens, then dies by SIGKILL so nobody unlinks it. */
export function staleSocket(path: string): void {
  const script = `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`;
  spawnSync(process.execPath, ['-e', script]);
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ct-disc-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
