/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
import { defineCommand, key } from '../command';
import { isUserDefinedNetwork } from './create-body';
import { executeRun } from './execute';
import { formatRun } from './format';
import { parseRun } from './parse';
import { privilegedNote, privilegeRefused, withoutPrivileged } from './privileged';
import { runSpecSchema } from './schema';

export const run = defineCommand({
  schema: runSpecSchema,
  words: [
    ['docker', 'run'],
    ['docker', 'container', 'run'],
  ],
  usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  parse: (args) => parseRun(args),
  format: (spec) => formatRun(spec),
  async execute(ctx, spec) {
    try {
      return await executeRun(ctx, spec);
    } catch (error) {
      if (!privilegeRefused(spec, error)) throw error;
      const adapted = withoutPrivileged(spec);
      const outcome = await executeRun(ctx, adapted);
      return { ...outcome, notes: [...(outcome.notes ?? []), privilegedNote(adapted)] };
    }
  },
  uses(spec) {
    const shared = spec.network?.startsWith('container:') ? [spec.network.slice('container:'.length)] : [];
    const linked = spec.links.map((link) => link.container);
    return {
      containers: [...linked, ...shared],
      running: [...linked, ...shared],
      networks: isUserDefinedNetwork(spec.network) ? [spec.network] : [],
    };
  },
  leaves(spec) {
    if (!spec.detach) return undefined; // a foreground run has finished by the next step
    const ports = spec.publish.flatMap((p) => (p.hostPort ? [key.port(p.hostPort)] : []));
    const names = spec.name ? [key.container(spec.name)] : [];
    return { kind: 'container', name: spec.name ?? spec.image, provides: [...names, ...ports] };
  },
});
