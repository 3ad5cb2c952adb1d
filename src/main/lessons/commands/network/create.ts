/** `docker network create [--driver DRIVER] [--attachable] NETWORK`. */
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { type ActionContext, printed, printWarnings } from '../../execute/context';
import { claimNetworkName } from '../../safety/conflicts';
import { labelsFor } from '../../safety/labels';
import { defineCommand, key } from '../command';
import { exactly, options } from '../words';

const usage = 'docker network create [--driver DRIVER] [--attachable] NETWORK';
const ALLOCATED_WITHIN_MS = 5000;

/**
 * A swarm network is inspectable at once but allocated a moment later (its driver reads "" until then):
 * wait for that, so the next command and the checks see the network as it will stay.
 */
async function allocated(ctx: ActionContext, name: string, driver: string | undefined): Promise<void> {
  if (driver !== 'overlay') return;
  const deadline = Date.now() + ALLOCATED_WITHIN_MS;
  while ((await ctx.engine.findNetwork(name))?.driver !== driver && Date.now() < deadline) await sleep(100);
}

export const networkCreate = defineCommand({
  schema: z.object({
    kind: z.literal('network-create'),
    network: z.string().min(1),
    driver: z.string().min(1).optional(),
    /** How the driver was written: `-d` or `--driver`. */
    driverFlag: z.enum(['-d', '--driver']).optional(),
    attachable: z.boolean().default(false),
  }),
  words: [['docker', 'network', 'create']],
  usage,
  parse(args) {
    const o = options(args, { '--driver': 'value', '-d': 'value', '--attachable': 'switch' }, usage);
    const driverFlag = o.values.has('-d') ? '-d' : o.values.has('--driver') ? '--driver' : undefined;
    return {
      kind: 'network-create',
      network: exactly(o.positional, 1, usage)[0],
      driver: o.value('--driver', '-d'),
      driverFlag,
      attachable: o.has('--attachable'),
    };
  },
  format: (spec) => [
    'docker',
    'network',
    'create',
    ...(spec.driver ? [spec.driverFlag ?? '--driver', spec.driver] : []),
    ...(spec.attachable ? ['--attachable'] : []),
    spec.network,
  ],
  async execute(ctx, spec) {
    const existing = await claimNetworkName(ctx.engine, spec.network, ctx.origin.lesson);
    if (existing)
      return printed(ctx, `${existing.id}\n(already created by an earlier run of this lesson)\n`, { reused: true });
    const { id, warnings } = await ctx.engine.createNetwork(spec.network, labelsFor(ctx.origin), spec.driver, {
      attachable: spec.attachable,
    });
    printWarnings(ctx, warnings);
    await allocated(ctx, spec.network, spec.driver);
    return printed(ctx, `${id}\n`, { warnings });
  },
  leaves: (spec) => ({ kind: 'network', name: spec.network, provides: [key.network(spec.network)] }),
});
