import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitTool } from '../../kit/tools';

const SERVER = fileURLToPath(new URL('../../../resources/example-app/server.js', import.meta.url));
const children: ChildProcess[] = [];
// Debian ships the server as redis-check-rdb, which serves when started under the name redis-server.
const redisServer = kitTool('redis-server');
const redisCli = kitTool('redis-cli');

async function freePort(): Promise<number> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as net.AddressInfo;
  srv.close();
  await once(srv, 'close');
  return port;
}

/** Spawns a process, collecting stdout+stderr; waitFor resolves once the output matches. */
function launch(cmd: string, args: string[], env: Record<string, string> = {}, argv0?: string) {
  const child = spawn(cmd, args, { argv0, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const waitFor = (pattern: RegExp, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      waiters.push(check);
      check();
    });
  return { child, output: () => output, waitFor };
}

async function startApp(env: Record<string, string>) {
  const port = await freePort();
  const app = launch(process.execPath, [SERVER], { PORT: String(port), ...env });
  await app.waitFor(new RegExp(`^Listening on port ${port}$`, 'm'));
  return { ...app, port };
}

async function request(port: number, path = '/', method = 'GET') {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

function page(total: number, ipLines: string[]): string {
  const ips = ipLines.map((l) => `    ${l}\n`).join('');
  return `This page was generated after talking to redis.\n\nApplication Build: 1\n\nTotal requests: ${total}\n\nIP count: \n${ips}`;
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

afterAll(() => {
  for (const child of children) if (alive(child)) child.kill('SIGKILL');
});

describe('example app against a real redis', () => {
  let redisPort: number;
  let redis: ReturnType<typeof launch>;
  let app: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    redisPort = await freePort();
    const args = ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    redis = launch(redisServer, args, {}, 'redis-server');
    await redis.waitFor(/Ready to accept connections/);
    app = await startApp({ REDIS_HOST: '127.0.0.1', REDIS_HOST_PORT: String(redisPort) });
  });

  it('counts requests and client addresses, whatever the method or path', async () => {
    const first = await request(app.port);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/plain/);
    expect(first.body).toBe(page(1, ['::ffff:127.0.0.1: 1']));

    const second = await request(app.port);
    expect(second.body).toBe(page(2, ['::ffff:127.0.0.1: 2']));

    const third = await request(app.port, '/anything/else?x=1', 'POST');
    expect(third.status).toBe(200);
    expect(third.body).toBe(page(3, ['::ffff:127.0.0.1: 3']));

    await app.waitFor(/^POST \/anything\/else\?x=1 from ::ffff:127\.0\.0\.1 -> total 3$/m);
    expect(app.output()).toMatch(/^GET \/ from ::ffff:127\.0\.0\.1 -> total 1$/m);
  });

  it('leaves the keys requests and ip in redis', () => {
    const keys = execFileSync(redisCli, ['-p', String(redisPort), 'KEYS', '*'], { encoding: 'utf8' });
    expect(keys.trim().split('\n').sort()).toEqual(['ip', 'requests']);
    const type = execFileSync(redisCli, ['-p', String(redisPort), 'TYPE', 'ip'], { encoding: 'utf8' });
    expect(type.trim()).toBe('hash');
  });

  it('answers 503 quickly and keeps running once redis is gone', async () => {
    redis.child.kill('SIGKILL');
    await once(redis.child, 'exit');

    const started = Date.now();
    const res = await request(app.port);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(503);
    expect(res.type).toMatch(/^text\/plain/);
    const prefix = `cannot reach redis at 127.0.0.1:${redisPort}: `;
    expect(res.body).toBe(`${prefix}connect ECONNREFUSED 127.0.0.1:${redisPort}\n`);

    await app.waitFor(new RegExp(`^${prefix.replace(/\./g, '\\.')}connect ECONNREFUSED`, 'm'));
    const failures = app
      .output()
      .split('\n')
      .filter((l) => l.startsWith(prefix));
    expect(failures).toHaveLength(1);
    expect(alive(app.child)).toBe(true);

    expect((await request(app.port)).status).toBe(503);
    expect(alive(app.child)).toBe(true);
  });

  it('exits 0 promptly on SIGTERM', async () => {
    const started = Date.now();
    app.child.kill('SIGTERM');
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('example app when redis does not resolve', () => {
  it('answers 503 with ENOTFOUND and logs one line', async () => {
    const app = await startApp({ REDIS_HOST: 'nonexistent.invalid' });
    const res = await request(app.port);
    expect(res.status).toBe(503);
    expect(res.body).toBe(
      'cannot reach redis at nonexistent.invalid:6379: getaddrinfo ENOTFOUND nonexistent.invalid\n',
    );
    await app.waitFor(/^cannot reach redis at nonexistent\.invalid:6379: getaddrinfo ENOTFOUND nonexistent\.invalid$/m);
    expect(alive(app.child)).toBe(true);
    app.child.kill('SIGINT');
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(0);
  });

  it('ignores the REDIS_PORT variable that docker links set', async () => {
    const app = await startApp({ REDIS_HOST: 'nonexistent.invalid', REDIS_PORT: 'tcp://10.0.0.2:6379' });
    expect((await request(app.port)).body).toMatch(/^cannot reach redis at nonexistent\.invalid:6379: /);
    app.child.kill('SIGTERM');
    await once(app.child, 'exit');
  });
});

describe('example app RESP parsing', () => {
  it('handles replies split across many chunks and reports redis error replies', async () => {
    const replies = [
      ':7\r\n:2\r\n*4\r\n$16\r\n::ffff:127.0.0.1\r\n$1\r\n2\r\n$10\r\n10.0.0.5\r\n\r\n$1\r\n5\r\n',
      ':8\r\n-WRONGTYPE Operation against a key holding the wrong kind of value\r\n*0\r\n',
    ];
    const received: string[] = [];
    const fake = net.createServer((socket) => {
      const reply = replies.shift() ?? '';
      socket.once('data', async (data) => {
        received.push(data.toString());
        for (const ch of reply) {
          socket.write(ch);
          await new Promise((r) => setTimeout(r, 1));
        }
      });
    });
    fake.listen(0, '127.0.0.1');
    await once(fake, 'listening');
    const { port } = fake.address() as net.AddressInfo;
    try {
      const app = await startApp({ REDIS_HOST: '127.0.0.1', REDIS_HOST_PORT: String(port) });
      const ok = await request(app.port, '/x', 'PUT');
      expect(ok.body).toBe(page(7, ['::ffff:127.0.0.1: 2', '10.0.0.5\r\n: 5']));
      expect(received[0]).toBe(
        '*2\r\n$4\r\nINCR\r\n$8\r\nrequests\r\n' +
          '*4\r\n$7\r\nHINCRBY\r\n$2\r\nip\r\n$16\r\n::ffff:127.0.0.1\r\n$1\r\n1\r\n' +
          '*2\r\n$7\r\nHGETALL\r\n$2\r\nip\r\n',
      );
      const bad = await request(app.port);
      expect(bad.status).toBe(500);
      expect(bad.body).toBe(
        `redis at 127.0.0.1:${port} replied with an error: WRONGTYPE Operation against a key holding the wrong kind of value\n`,
      );
      expect(alive(app.child)).toBe(true);
      app.child.kill('SIGTERM');
      await once(app.child, 'exit');
    } finally {
      fake.close();
    }
  });
});

describe('example app when redis accepts but never answers', () => {
  it('gives up after 2 s with a timeout reason', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as net.AddressInfo;
    try {
      const app = await startApp({ REDIS_HOST: '127.0.0.1', REDIS_HOST_PORT: String(port) });
      const started = Date.now();
      const res = await request(app.port);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1900);
      expect(elapsed).toBeLessThan(3000);
      expect(res.status).toBe(503);
      expect(res.body).toBe(`cannot reach redis at 127.0.0.1:${port}: timeout after 2000 ms\n`);
      expect(alive(app.child)).toBe(true);
      app.child.kill('SIGTERM');
      await once(app.child, 'exit');
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });
});
