/**
 * `curl http://HOST:PORT[/path]`: a request to a port the engine's host publishes (Katacoda called
 * that host "docker"). The host is resolved when the step runs: localhost for a local engine, the
 * remote host for tcp:// or ssh://.
 */

import { say } from '@shared/messages';
import { z } from 'zod';
import type { ActionContext, ActionOutcome } from '../execute/context';
import { askHttp } from '../execute/http';
import { defineCommand } from './command';
import { syntaxErrors } from './messages';
import { CommandSyntaxError } from './shell-words';
import { exactly } from './words';

const schema = z.object({
  kind: z.literal('http'),
  port: z.number().int().min(1).max(65535),
  path: z.string().startsWith('/').default('/'),
});

/** Like curl: exit 0 whenever the server answered (whatever the status), 7 when it could not connect. */
async function executeHttp(ctx: ActionContext, spec: z.output<typeof schema>): Promise<ActionOutcome> {
  const host = ctx.engine.endpoint.publishedHost;
  try {
    const reply = await askHttp(host, spec.port, 'GET', spec.path, 5000);
    ctx.onOutput({ stream: 'stdout', text: reply.body });
    return { exitCode: 0, warnings: [], status: reply.status };
  } catch (error) {
    const reason = (error as Error).message;
    ctx.onOutput({ stream: 'stderr', text: `curl: (7) Failed to connect to ${host} port ${spec.port}: ${reason}\n` });
    return { exitCode: 7, warnings: [] };
  }
}

export const curl = defineCommand({
  schema,
  words: [['curl']],
  usage: 'curl http://HOST:PORT[/PATH]',
  parse(args, context) {
    const url = exactly(args, 1, 'curl URL')[0] as string;
    const match = /^(?:http:\/\/)?(\[[^\]]+\]|[^/:]+):(\d+)(\/.*)?$/.exec(url);
    if (!match) throw new CommandSyntaxError(say(syntaxErrors.notAUrl, { url }));
    const host = (match[1] as string).replace(/^\[|\]$/g, '');
    const hosts = ['localhost', '127.0.0.1', '::1', 'docker', context.publishedHost];
    if (!hosts.includes(host)) {
      throw new CommandSyntaxError(
        say(syntaxErrors.curlOnlyPublished, { hosts: [...new Set(hosts)].join(', '), host }),
      );
    }
    return { kind: 'http', port: Number(match[2]), path: match[3] ?? '/' };
  },
  format(spec, context) {
    const path = spec.path === '/' ? '' : spec.path;
    const host = context.publishedHost.includes(':') ? `[${context.publishedHost}]` : context.publishedHost;
    return ['curl', `http://${host}:${spec.port}${path}`];
  },
  execute: executeHttp,
  uses: (spec) => ({ ports: [spec.port] }),
});
