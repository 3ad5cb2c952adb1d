/**
 * `docker start CONTAINER...` (detached, as without -a) and `docker stop CONTAINER...`: the same
 * command but for the verb, only for containers the app created.
 */
import { z } from 'zod';
import type { Engine } from '../../../engine';
import { defineCommand } from '../command';
import { changeOwned } from '../remove-owned';
import { atLeastOne, options } from '../words';

function changeState<V extends 'start' | 'stop'>(verb: V, change: (engine: Engine) => (id: string) => Promise<void>) {
  const usage = `docker ${verb} CONTAINER...`;
  return defineCommand({
    schema: z.object({ kind: z.literal(verb), containers: z.array(z.string().min(1)).min(1) }),
    words: [
      ['docker', verb],
      ['docker', 'container', verb],
    ],
    usage,
    parse: (args) => ({ kind: verb, containers: atLeastOne(options(args, {}, usage).positional, usage) }),
    format: (spec) => ['docker', verb, ...spec.containers],
    execute: (ctx, spec) =>
      changeOwned(ctx, 'container', spec.containers, ctx.engine.findContainer, change(ctx.engine)),
    uses: (spec) => ({ containers: spec.containers }),
  });
}

export const start = changeState('start', (engine) => engine.startContainer);
export const stop = changeState('stop', (engine) => engine.stopContainer);
