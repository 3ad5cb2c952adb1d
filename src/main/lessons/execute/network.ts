/** `docker network ...`, with the CLI's output, limited to networks and containers the app created. */
import type { SpecOf } from '@shared/actions';
import { AppError } from '@shared/errors';
import { claimNetworkName, ensureOurs } from '../safety/conflicts';
import { labelsFor } from '../safety/labels';
import { type ActionContext, type ActionOutcome, printed, printWarnings } from './context';
import { table } from './table';

async function create(ctx: ActionContext, spec: SpecOf<'network-create'>): Promise<ActionOutcome> {
  const existing = await claimNetworkName(ctx.engine, spec.network, ctx.origin.lesson);
  if (existing)
    return printed(ctx, `${existing.id}\n(already created by an earlier run of this lesson)\n`, { reused: true });
  const { id, warnings } = await ctx.engine.createNetwork(spec.network, labelsFor(ctx.origin), spec.driver);
  printWarnings(ctx, warnings);
  return printed(ctx, `${id}\n`, { warnings });
}

/** Both the network and the container must be the app's own before either is changed. */
async function ownedPair(ctx: ActionContext, network: string, container: string) {
  const [net, box] = await Promise.all([ctx.engine.findNetwork(network), ctx.engine.findContainer(container)]);
  ensureOurs('network', network, net?.labels);
  ensureOurs('container', container, box?.labels);
  return { attached: Boolean(box?.networks[network]) };
}

async function connect(ctx: ActionContext, spec: SpecOf<'network-connect'>): Promise<ActionOutcome> {
  const { attached } = await ownedPair(ctx, spec.network, spec.container);
  if (attached) return printed(ctx, `(${spec.container} is already connected to ${spec.network})\n`, { reused: true });
  await ctx.engine.connectNetwork(spec.network, spec.container, spec.aliases);
  return printed(ctx, '');
}

async function disconnect(ctx: ActionContext, spec: SpecOf<'network-disconnect'>): Promise<ActionOutcome> {
  const { attached } = await ownedPair(ctx, spec.network, spec.container);
  if (!attached) return printed(ctx, `(${spec.container} is not connected to ${spec.network})\n`, { reused: true });
  await ctx.engine.disconnectNetwork(spec.network, spec.container, spec.force);
  return printed(ctx, '');
}

async function list(ctx: ActionContext): Promise<ActionOutcome> {
  const networks = await ctx.engine.listNetworks();
  const rows = networks
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => [n.id.slice(0, 12), n.name, n.driver, String(n.raw.Scope ?? 'local')]);
  return printed(ctx, table([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows]));
}

async function inspect(ctx: ActionContext, spec: SpecOf<'network-inspect'>): Promise<ActionOutcome> {
  const found = await Promise.all(spec.networks.map((name) => ctx.engine.findNetwork(name)));
  const missing = spec.networks.filter((_, i) => !found[i]);
  if (missing.length > 0)
    throw new AppError('NOT_FOUND', `network ${missing.join(', ')} not found`, { fix: 'Run the earlier steps first.' });
  return printed(
    ctx,
    `${JSON.stringify(
      found.map((n) => n?.raw),
      null,
      4,
    )}\n`,
  );
}

async function remove(ctx: ActionContext, spec: SpecOf<'network-rm'>): Promise<ActionOutcome> {
  let text = '';
  for (const name of spec.networks) {
    const network = await ctx.engine.findNetwork(name);
    ensureOurs('network', name, network?.labels);
    if (network) await ctx.engine.removeNetwork(network.id);
    text += `${name}\n`;
  }
  return printed(ctx, text);
}

export function executeNetwork(
  ctx: ActionContext,
  spec: SpecOf<
    'network-create' | 'network-connect' | 'network-disconnect' | 'network-ls' | 'network-inspect' | 'network-rm'
  >,
) {
  switch (spec.kind) {
    case 'network-create':
      return create(ctx, spec);
    case 'network-connect':
      return connect(ctx, spec);
    case 'network-disconnect':
      return disconnect(ctx, spec);
    case 'network-ls':
      return list(ctx);
    case 'network-inspect':
      return inspect(ctx, spec);
    case 'network-rm':
      return remove(ctx, spec);
  }
}
