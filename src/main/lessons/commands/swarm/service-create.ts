/**
 * `docker service create [--name N] [--replicas N] [--network NET] [--endpoint-mode vip|dnsrr]
 * [--publish P] IMAGE [ARG...]`, and like the CLI it waits until the service has converged. The image
 * is copied from the learner's engine into every node first: tasks may land on any of them.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { ActionContext } from '../../execute/context';
import { withTag } from '../../execute/images';
import { labelsFor } from '../../safety/labels';
import { defineCommand, key } from '../command';
import { options, splitAtFirstPositional } from '../words';
import { formatServicePort, parseServicePort, servicePortSchema } from './service-publish';

const usage =
  'docker service create [--name NAME] [--replicas N] [--network NET] [--endpoint-mode dnsrr] IMAGE [ARG...]';
const CONVERGE_WITHIN_MS = 60_000;
const flags = {
  '--name': 'value',
  '--replicas': 'value',
  '--network': 'value',
  '--endpoint-mode': 'value',
  '--publish': 'value',
  '-p': 'value',
} as const;

const schema = z.object({
  kind: z.literal('service-create'),
  name: z.string().min(1),
  image: z.string().min(1),
  args: z.array(z.string()).default([]),
  replicas: z.number().int().min(0).default(1),
  network: z.string().min(1).optional(),
  endpointMode: z.enum(['vip', 'dnsrr']).optional(),
  publish: z.array(servicePortSchema).default([]),
});
type Spec = z.output<typeof schema>;

async function copyImageToNodes(ctx: ActionContext, image: string): Promise<void> {
  if (!ctx.playground) return;
  for (const node of ctx.playground.nodes) {
    const engine = await ctx.playground.engineOf(node);
    if (await engine.hasImage(withTag(image))) continue;
    ctx.onOutput({ stream: 'stderr', text: `Copying ${withTag(image)} from your engine into ${node}\n` });
    await ctx.playground.outer.copyImagesTo(engine, [withTag(image)]);
  }
}

async function converge(ctx: ActionContext, spec: Spec, id: string): Promise<boolean> {
  const deadline = Date.now() + CONVERGE_WITHIN_MS;
  while (Date.now() < deadline) {
    const running = (await ctx.engine.listTasks({ service: id, desiredState: 'running' })).filter(
      (task) => task.state === 'running',
    );
    if (running.length >= spec.replicas) {
      ctx.onOutput({ stream: 'stdout', text: `overall progress: ${running.length} out of ${spec.replicas} tasks\n` });
      return true;
    }
    await sleep(300);
  }
  return false;
}

export const serviceCreate = defineCommand({
  schema,
  words: [['docker', 'service', 'create']],
  usage,
  parse(args) {
    const [optionWords, rest] = splitAtFirstPositional(args, flags);
    const o = options(optionWords, flags, usage);
    const replicas = o.value('--replicas');
    return {
      kind: 'service-create',
      name: o.value('--name'),
      image: rest[0],
      args: rest.slice(1),
      ...(replicas !== undefined ? { replicas: Number(replicas) } : {}),
      network: o.value('--network'),
      endpointMode: o.value('--endpoint-mode'),
      publish: o.all('--publish', '-p').map(parseServicePort),
    };
  },
  format: (spec) => [
    'docker',
    'service',
    'create',
    '--name',
    spec.name,
    ...(spec.replicas !== 1 ? ['--replicas', String(spec.replicas)] : []),
    ...(spec.network ? ['--network', spec.network] : []),
    ...(spec.endpointMode ? ['--endpoint-mode', spec.endpointMode] : []),
    ...spec.publish.flatMap((port) => ['--publish', formatServicePort(port)]),
    spec.image,
    ...spec.args,
  ],
  async execute(ctx, spec) {
    const existing = await ctx.engine.findService(spec.name);
    if (existing) {
      ctx.onOutput({ stream: 'stdout', text: `${existing.id}\n(already created by an earlier run of this step)\n` });
      return { exitCode: 0, warnings: [], reused: true };
    }
    await copyImageToNodes(ctx, spec.image);
    const { id, warnings } = await ctx.engine.createService(
      {
        name: spec.name,
        image: withTag(spec.image),
        args: spec.args,
        replicas: spec.replicas,
        networks: spec.network ? [spec.network] : [],
        ...(spec.endpointMode ? { endpointMode: spec.endpointMode } : {}),
        ports: spec.publish.map((p) => ({ targetPort: p.target, publishedPort: p.published, publishMode: p.mode })),
      },
      labelsFor(ctx.origin),
    );
    ctx.onOutput({ stream: 'stdout', text: `${id}\n` });
    const converged = await converge(ctx, spec, id);
    ctx.onOutput({
      stream: converged ? 'stdout' : 'stderr',
      text: converged
        ? 'verify: Service converged\n'
        : `the service did not converge within 60 s: see docker service ps ${spec.name}\n`,
    });
    return { exitCode: converged ? 0 : 1, warnings };
  },
  uses: (spec) => ({ networks: spec.network ? [spec.network] : [] }),
  leaves: (spec) => ({ kind: 'service', name: spec.name, provides: [key.service(spec.name)] }),
});
