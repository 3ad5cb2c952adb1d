/**
 * `docker swarm join --token TOKEN MANAGER:2377`. A lesson writes the token as $WORKER_TOKEN or
 * $MANAGER_TOKEN, as a learner would keep it in a shell variable: it is read from the manager the
 * command names (a node of the lesson's playground) when the command runs.
 */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { z } from 'zod';
import { type ActionContext, printed } from '../../execute/context';
import { lessonErrors } from '../../messages';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker swarm join --token TOKEN HOST:PORT';
const VARIABLE = /^\$(WORKER|MANAGER)_TOKEN$/;

const schema = z.object({
  kind: z.literal('swarm-join'),
  token: z.string().min(1),
  manager: z.string().regex(/^[^:\s]+:\d+$/, 'HOST:PORT, e.g. node1:2377'),
});

async function realToken(ctx: ActionContext, spec: z.output<typeof schema>): Promise<string> {
  const variable = VARIABLE.exec(spec.token)?.[1];
  if (!variable) return spec.token;
  const host = spec.manager.split(':')[0] as string;
  if (!ctx.playground?.nodes.includes(host))
    throw new AppError('BAD_COMMAND', say(lessonErrors.joinHostNotANode, { token: spec.token, host }), {
      fix: say(lessonErrors.joinHostNotANodeFix, { nodes: ctx.playground?.nodes ?? [] }),
    });
  const { joinTokens } = await (await ctx.playground.engineOf(host)).swarmInspect();
  return variable === 'WORKER' ? joinTokens.worker : joinTokens.manager;
}

export const swarmJoin = defineCommand({
  schema,
  words: [['docker', 'swarm', 'join']],
  usage,
  variables: VARIABLE,
  parse(args) {
    const o = options(args, { '--token': 'value' }, usage);
    return { kind: 'swarm-join', token: o.value('--token'), manager: exactly(o.positional, 1, usage)[0] };
  },
  format: (spec) => ['docker', 'swarm', 'join', '--token', spec.token, spec.manager],
  async execute(ctx, spec) {
    const state = await ctx.engine.swarmInfo();
    if (state.localNodeState === 'active')
      return printed(ctx, '(this node is already part of a swarm)\n', { reused: true });
    const joinToken = await realToken(ctx, spec);
    await ctx.engine.swarmJoin({ remoteAddrs: [spec.manager], joinToken });
    const role = (await ctx.engine.swarmInfo()).controlAvailable ? 'manager' : 'worker';
    return printed(ctx, `This node joined a swarm as a ${role}.\n`);
  },
});
