/** `docker ps`, `docker logs` and `docker rm` (the last only for containers the app created). */
import type { SpecOf } from '@shared/actions';
import { ensureOurs } from '../safety/conflicts';
import { lessonOf } from '../safety/labels';
import { type ActionContext, type ActionOutcome, printed } from './context';
import { table } from './table';

async function ps(ctx: ActionContext, spec: SpecOf<'ps'>): Promise<ActionOutcome> {
  const all = await ctx.engine.listContainers();
  const shown = spec.all ? all : all.filter((c) => c.state === 'running');
  const rows = shown.map((c) => [
    c.id.slice(0, 12),
    c.image,
    c.state,
    c.publicPorts.join(','),
    c.name,
    lessonOf(c.labels) ?? '-',
  ]);
  return printed(ctx, table([['CONTAINER ID', 'IMAGE', 'STATE', 'PORTS', 'NAMES', 'LESSON'], ...rows]));
}

async function logs(ctx: ActionContext, spec: SpecOf<'logs'>): Promise<ActionOutcome> {
  const container = await ctx.engine.inspectContainer(spec.container);
  const tail = spec.tail === undefined || spec.tail === 'all' ? undefined : Number(spec.tail);
  for (const chunk of await ctx.engine.logs(container.id, tail)) ctx.onOutput(chunk);
  return { exitCode: 0, warnings: [] };
}

async function rm(ctx: ActionContext, spec: SpecOf<'rm'>): Promise<ActionOutcome> {
  let text = '';
  for (const name of spec.containers) {
    const container = await ctx.engine.findContainer(name);
    ensureOurs('container', name, container?.labels);
    if (container) await ctx.engine.removeContainer(container.id);
    text += `${name}\n`;
  }
  return printed(ctx, text);
}

export function executeContainers(ctx: ActionContext, spec: SpecOf<'ps' | 'logs' | 'rm'>): Promise<ActionOutcome> {
  switch (spec.kind) {
    case 'ps':
      return ps(ctx, spec);
    case 'logs':
      return logs(ctx, spec);
    case 'rm':
      return rm(ctx, spec);
  }
}
