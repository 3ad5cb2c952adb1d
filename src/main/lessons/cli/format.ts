/** Action spec → the docker CLI text a learner reads (and could paste into a terminal). */
import type { ActionSpec, PortMapping, RunFlagKey, RunSpec, SpecOf } from '@shared/actions';
import { defaultRunOrder, runFlagByKey } from './run-flags';
import { joinWords } from './shell-words';

export interface FormatContext {
  /** Where published ports are reachable: "localhost" for a local engine, the remote host otherwise. */
  publishedHost: string;
}

const localContext: FormatContext = { publishedHost: 'localhost' };

export function formatPort(port: PortMapping): string {
  const proto = port.protocol === 'tcp' ? '' : `/${port.protocol}`;
  const container = `${port.containerPort}${proto}`;
  if (port.hostIp !== undefined) return `${port.hostIp}:${port.hostPort ?? ''}:${container}`;
  return port.hostPort !== undefined ? `${port.hostPort}:${container}` : container;
}

function runFlagValues(spec: RunSpec, key: RunFlagKey): string[] | boolean {
  switch (key) {
    case 'detach':
    case 'interactive':
    case 'tty':
    case 'rm':
      return spec[key];
    case 'name':
      return spec.name ? [spec.name] : [];
    case 'network':
      return spec.network ? [spec.network] : [];
    case 'network-alias':
      return spec.networkAliases;
    case 'link':
      return spec.links.map((link) =>
        link.alias === link.container ? link.container : `${link.container}:${link.alias}`,
      );
    case 'publish':
      return spec.publish.map(formatPort);
    case 'env':
      return spec.env;
    case 'cap-add':
      return spec.capAdd;
  }
}

function runFlagWords(spec: RunSpec, key: RunFlagKey): string[] {
  const values = runFlagValues(spec, key);
  const flag = runFlagByKey(key);
  if (typeof values === 'boolean') {
    if (!values) return [];
    if (key === 'interactive' && spec.tty) return ['-it'];
    if (key === 'tty' && spec.interactive) return [];
    return [flag.short ? `-${flag.short}` : (flag.long[0] as string)];
  }
  const spelling =
    key === 'network' ? (spec.style?.netSpelling ?? '--network') : flag.short ? `-${flag.short}` : flag.long[0];
  const equals = spec.style?.equals?.includes(key) ?? false;
  return values.flatMap((value) => (equals ? [`${spelling}=${value}`] : [spelling as string, value]));
}

function runOrder(spec: RunSpec): RunFlagKey[] {
  const order = [...(spec.style?.order ?? [])];
  for (const key of defaultRunOrder) if (!order.includes(key)) order.push(key);
  return order;
}

function formatRun(spec: RunSpec): string[] {
  const flags = runOrder(spec).flatMap((key) => runFlagWords(spec, key));
  return ['run', ...flags, spec.image, ...spec.command];
}

function dockerWords(spec: Exclude<ActionSpec, SpecOf<'http'>>): string[] {
  switch (spec.kind) {
    case 'run':
      return formatRun(spec);
    case 'network-create':
      return ['network', 'create', ...(spec.driver ? ['--driver', spec.driver] : []), spec.network];
    case 'network-connect':
      return [
        'network',
        'connect',
        ...spec.aliases.flatMap((alias) => ['--alias', alias]),
        spec.network,
        spec.container,
      ];
    case 'network-disconnect':
      return ['network', 'disconnect', ...(spec.force ? ['-f'] : []), spec.network, spec.container];
    case 'network-ls':
      return ['network', 'ls'];
    case 'network-inspect':
      return ['network', 'inspect', ...spec.networks];
    case 'network-rm':
      return ['network', 'rm', ...spec.networks];
    case 'ps':
      return ['ps', ...(spec.all ? ['-a'] : [])];
    case 'logs':
      return [
        'logs',
        ...(spec.follow ? ['-f'] : []),
        ...(spec.timestamps ? ['-t'] : []),
        ...(spec.tail !== undefined ? ['--tail', spec.tail] : []),
        spec.container,
      ];
    case 'rm':
      return ['rm', ...(spec.force ? ['-f'] : []), ...spec.containers];
  }
}

export function formatAction(spec: ActionSpec, context: FormatContext = localContext): string {
  if (spec.kind === 'http') {
    const path = spec.path === '/' ? '' : spec.path;
    const host = context.publishedHost.includes(':') ? `[${context.publishedHost}]` : context.publishedHost;
    return `curl http://${host}:${spec.port}${path}`;
  }
  return joinWords(['docker', ...dockerWords(spec)]);
}
