// Run by process-guard.test.ts as a child process: errors nobody handles, from timers, the way a
// request's unheard 'error' event or an unawaited promise raises them; then a sign of life.
import { EventEmitter } from 'node:events';
import { installProcessGuard } from '../../../src/main/process-guard';

if (process.env.CT_GUARD !== 'off') installProcessGuard();

const lookupFailure = Object.assign(new Error('getaddrinfo EAI_AGAIN 127.0.0.1:18999'), { code: 'EAI_AGAIN' });
setTimeout(() => {
  throw new Error('thrown in a timer');
}, 10);
setTimeout(() => Promise.reject(new Error('rejected, and nobody awaited it')), 20);
setTimeout(() => new EventEmitter().emit('error', lookupFailure), 30);
setTimeout(() => console.log('still alive'), 200);
// Stays up like a server does, until a signal ends it.
setInterval(() => undefined, 60_000);
