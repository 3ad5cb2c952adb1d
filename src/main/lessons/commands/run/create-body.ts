/** `docker run` flags → the container-create body the docker CLI sends for them. */
import { AppError } from '@shared/errors';
import type { ContainerCreateBody, Labels } from '../../../engine';
import { lessonErrors } from '../../messages';
import type { RunSpec } from './schema';

const builtinNetworks = ['default', 'bridge', 'host', 'none'];

/** True for a network created with `docker network create` (not the default bridge, host or none). */
export function isUserDefinedNetwork(network: string | undefined): network is string {
  return network !== undefined && !builtinNetworks.includes(network) && !network.startsWith('container:');
}

function portKey(containerPort: string, protocol: string): string {
  return `${containerPort}/${protocol}`;
}

type PortBindings = ContainerCreateBody['HostConfig']['PortBindings'];

/** `-p` becomes both an exposed port and a binding; the CLI sends empty bindings when there is none. */
function portFields(spec: RunSpec): { ExposedPorts?: ContainerCreateBody['ExposedPorts']; PortBindings: PortBindings } {
  const PortBindings: PortBindings = {};
  if (spec.publish.length === 0) return { PortBindings };
  const ExposedPorts: Record<string, Record<string, never>> = {};
  for (const port of spec.publish) {
    const key = portKey(port.containerPort, port.protocol);
    ExposedPorts[key] = {};
    PortBindings[key] = [...(PortBindings[key] ?? []), { HostIp: port.hostIp ?? '', HostPort: port.hostPort ?? '' }];
  }
  return { ExposedPorts, PortBindings };
}

/** The CLI sends capabilities upper-cased with their CAP_ prefix: `--cap-add net_raw` → CAP_NET_RAW. */
function capability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper === 'ALL' || upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

/**
 * The CLI turns `systempaths=unconfined` into empty masked and read-only path lists itself (the
 * engine refuses it as a security option); the others go through as they are.
 */
function securityOptions(options: string[]): Partial<ContainerCreateBody['HostConfig']> {
  if (options.length === 0) return {};
  const unconfined = options.includes('systempaths=unconfined');
  const rest = options.filter((option) => option !== 'systempaths=unconfined');
  return {
    ...(rest.length > 0 ? { SecurityOpt: rest } : {}),
    ...(unconfined ? { MaskedPaths: [], ReadonlyPaths: [] } : {}),
  };
}

function networkingConfig(spec: RunSpec, links: string[]): ContainerCreateBody['NetworkingConfig'] {
  if (!spec.network) return undefined;
  const endpoint: { Aliases?: string[]; Links?: string[] } = {};
  if (spec.networkAliases.length > 0) endpoint.Aliases = spec.networkAliases;
  // On a user-defined network the CLI sends links per endpoint: the embedded DNS answers the alias.
  if (isUserDefinedNetwork(spec.network) && links.length > 0) endpoint.Links = links;
  return { EndpointsConfig: { [spec.network]: endpoint } };
}

export function createBody(spec: RunSpec, labels: Labels): ContainerCreateBody {
  if (spec.networkAliases.length > 0 && !isUserDefinedNetwork(spec.network)) {
    throw new AppError('BAD_COMMAND', lessonErrors.aliasNeedsUserNetwork, {
      fix: lessonErrors.aliasNeedsUserNetworkFix,
    });
  }
  const links = spec.links.map((link) => `${link.container}:${link.alias}`);
  const attached = !spec.detach;
  const { ExposedPorts, PortBindings } = portFields(spec);
  const body: ContainerCreateBody = {
    Image: spec.image,
    Tty: spec.tty,
    OpenStdin: spec.interactive,
    StdinOnce: spec.interactive && attached,
    AttachStdin: spec.interactive && attached,
    AttachStdout: attached,
    AttachStderr: attached,
    Labels: labels,
    HostConfig: {
      NetworkMode: spec.network ?? 'default',
      PortBindings,
      AutoRemove: spec.rm,
    },
  };
  if (spec.command.length > 0) body.Cmd = spec.command;
  if (spec.env.length > 0) body.Env = spec.env;
  if (ExposedPorts) body.ExposedPorts = ExposedPorts;
  if (spec.hostname) body.Hostname = spec.hostname;
  if (spec.privileged) body.HostConfig.Privileged = true;
  if (spec.capAdd.length > 0) body.HostConfig.CapAdd = spec.capAdd.map(capability);
  if (spec.capDrop.length > 0) body.HostConfig.CapDrop = spec.capDrop.map(capability);
  Object.assign(body.HostConfig, securityOptions(spec.securityOpt));
  if (links.length > 0 && !isUserDefinedNetwork(spec.network)) body.HostConfig.Links = links;
  const networking = networkingConfig(spec, links);
  if (networking) body.NetworkingConfig = networking;
  return body;
}
