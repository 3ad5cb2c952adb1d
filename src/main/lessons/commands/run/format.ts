/** A run spec → the words of the `docker run` command, in the order and spelling it was written. */
import { joinWords } from '../shell-words';
import { defaultRunOrder, runFlagByKey } from './flags';
import type { PortMapping, RunFlagKey, RunSpec } from './schema';

export function formatPort(port: PortMapping): string {
  const proto = port.protocol === 'tcp' ? '' : `/${port.protocol}`;
  const container = `${port.containerPort}${proto}`;
  if (port.hostIp !== undefined) return `${port.hostIp}:${port.hostPort ?? ''}:${container}`;
  return port.hostPort !== undefined ? `${port.hostPort}:${container}` : container;
}

const listed: Partial<Record<RunFlagKey, (spec: RunSpec) => string[]>> = {
  name: (spec) => (spec.name ? [spec.name] : []),
  network: (spec) => (spec.network ? [spec.network] : []),
  hostname: (spec) => (spec.hostname ? [spec.hostname] : []),
  'network-alias': (spec) => spec.networkAliases,
  link: (spec) =>
    spec.links.map((link) => (link.alias === link.container ? link.container : `${link.container}:${link.alias}`)),
  publish: (spec) => spec.publish.map(formatPort),
  env: (spec) => spec.env,
  'cap-add': (spec) => spec.capAdd,
  'cap-drop': (spec) => spec.capDrop,
  'security-opt': (spec) => spec.securityOpt,
};

const switched: Partial<Record<RunFlagKey, (spec: RunSpec) => boolean>> = {
  detach: (spec) => spec.detach,
  interactive: (spec) => spec.interactive,
  tty: (spec) => spec.tty,
  rm: (spec) => spec.rm,
  privileged: (spec) => spec.privileged,
};

function switchWords(spec: RunSpec, key: RunFlagKey, on: boolean): string[] {
  if (!on) return [];
  if (key === 'interactive' && spec.tty) return ['-it'];
  if (key === 'tty' && spec.interactive) return [];
  const flag = runFlagByKey(key);
  return [flag.short && !spec.style?.long?.includes(key) ? `-${flag.short}` : (flag.long[0] as string)];
}

function flagWords(spec: RunSpec, key: RunFlagKey): string[] {
  const on = switched[key];
  if (on) return switchWords(spec, key, on(spec));
  const values = listed[key]?.(spec) ?? [];
  const flag = runFlagByKey(key);
  const short = flag.short && !spec.style?.long?.includes(key) ? `-${flag.short}` : undefined;
  const spelling = key === 'network' ? (spec.style?.netSpelling ?? '--network') : (short ?? flag.long[0]);
  const equals = spec.style?.equals?.includes(key) ?? false;
  return values.flatMap((value) => (equals ? [`${spelling}=${value}`] : [spelling as string, value]));
}

function runOrder(spec: RunSpec): RunFlagKey[] {
  const order = [...(spec.style?.order ?? [])];
  for (const key of defaultRunOrder) if (!order.includes(key)) order.push(key);
  return order;
}

export function formatRun(spec: RunSpec): string[] {
  const flags = runOrder(spec).flatMap((key) => flagWords(spec, key));
  return ['docker', 'run', ...flags, spec.image, ...spec.command];
}

export function formatRunLine(spec: RunSpec): string {
  return joinWords(formatRun(spec));
}
