// Example web app for the Container Talk lessons: counts requests per client in Redis.
// No npm dependencies: a minimal RESP client over `net` is enough.
const http = require('node:http');
const net = require('node:net');

const PORT = Number(process.env.PORT) || 3000;
const REDIS_HOST = process.env.REDIS_HOST || 'redis';
// Not REDIS_PORT: Docker links set REDIS_PORT=tcp://ip:6379 in the environment.
const REDIS_PORT = Number(process.env.REDIS_HOST_PORT) || 6379;
const TIMEOUT_MS = 2000;
const REDIS_ADDRESS = `${REDIS_HOST}:${REDIS_PORT}`;

class RedisReplyError extends Error {}

/** Encodes one command as a RESP array of bulk strings. */
function encode(args) {
  let out = `*${args.length}\r\n`;
  for (const arg of args) {
    const s = String(arg);
    out += `$${Buffer.byteLength(s)}\r\n${s}\r\n`;
  }
  return out;
}

/** Parses one reply starting at `pos`; returns { value, end } or null when more bytes are needed. */
function parseReply(buf, pos) {
  const eol = buf.indexOf('\r\n', pos);
  if (eol === -1) return null;
  const type = String.fromCharCode(buf[pos]);
  const line = buf.toString('utf8', pos + 1, eol);
  const next = eol + 2;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new RedisReplyError(line), end: next };
    case ':':
      return { value: Number(line), end: next };
    case '$': {
      const len = Number(line);
      if (len < 0) return { value: null, end: next };
      if (buf.length < next + len + 2) return null;
      return { value: buf.toString('utf8', next, next + len), end: next + len + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items = [];
      let at = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buf, at);
        if (!item) return null;
        items.push(item.value);
        at = item.end;
      }
      return { value: items, end: at };
    }
    default:
      throw new Error(`unexpected reply type ${JSON.stringify(type)}`);
  }
}

/**
 * Sends the commands over a fresh connection (pipelined, so Redis runs them in order)
 * and resolves with their replies. A fresh connection per request means a Redis that
 * comes back, or a name that starts resolving again, is picked up without restarting.
 */
function redis(commands) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: REDIS_HOST, port: REDIS_PORT });
    let buf = Buffer.alloc(0);
    const replies = [];
    let settled = false;
    const finish = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      err ? reject(err) : resolve(replies);
    };
    // Covers DNS lookup, connect and replies: a disconnected network can otherwise hang for minutes.
    const timer = setTimeout(() => finish(new Error(`timeout after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    socket.on('connect', () => socket.write(commands.map(encode).join('')));
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        while (replies.length < commands.length) {
          const reply = parseReply(buf, 0);
          if (!reply) break; // incomplete: wait for the next chunk
          replies.push(reply.value);
          buf = buf.subarray(reply.end);
        }
      } catch (err) {
        return finish(err);
      }
      if (replies.length === commands.length) finish();
    });
    socket.on('error', (err) => finish(err));
    socket.on('close', () => finish(new Error('connection closed before all replies arrived')));
  });
}

function renderPage(total, ipHash) {
  let lines = '';
  for (let i = 0; i + 1 < ipHash.length; i += 2) lines += `    ${ipHash[i]}: ${ipHash[i + 1]}\n`;
  return `This page was generated after talking to redis.\n\nApplication Build: 1\n\nTotal requests: ${total}\n\nIP count: \n${lines}`;
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}

async function handle(req, res) {
  const client = req.socket.remoteAddress;
  let replies;
  try {
    replies = await redis([
      ['INCR', 'requests'],
      ['HINCRBY', 'ip', client, 1],
      ['HGETALL', 'ip'],
    ]);
  } catch (err) {
    const message = `cannot reach redis at ${REDIS_ADDRESS}: ${err.message}`;
    console.error(message);
    return send(res, 503, `${message}\n`);
  }
  const failed = replies.find((r) => r instanceof RedisReplyError);
  if (failed) {
    const message = `redis at ${REDIS_ADDRESS} replied with an error: ${failed.message}`;
    console.error(message);
    return send(res, 500, `${message}\n`);
  }
  const [total, , ipHash] = replies;
  console.log(`${req.method} ${req.url} from ${client} -> total ${total}`);
  send(res, 200, renderPage(total, ipHash || []));
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(`unexpected error: ${err.stack || err}`);
    if (!res.headersSent) send(res, 500, 'internal error\n');
  });
});

server.on('error', (err) => {
  console.error(`cannot listen on port ${PORT}: ${err.message}`);
  process.exit(1);
});

server.listen(PORT, () => console.log(`Listening on port ${PORT}`));

// As PID 1 in a container, Node gets no default signal handling: without these, `docker stop` waits 10 s.
function shutdown(signal) {
  console.log(`${signal} received, shutting down`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
