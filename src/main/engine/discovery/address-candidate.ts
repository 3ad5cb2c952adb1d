/** Turns a configured engine address (DOCKER_HOST or a context's endpoint) into a candidate, or a BAD_CONFIG one. */

import type { EndpointSource } from '@shared/engine';
import type { Text } from '@shared/lesson';
import { type EngineAddress, formatEngineUrl, parseEngineUrl, publishedHostOf } from './engine-url';
import { guessFlavor } from './sockets';
import { sshAuthFor } from './ssh-auth';
import type { TlsLoad } from './tls';
import { badConfig, type Candidate, type DiscoveryContext, type TlsMaterial, type Transport } from './types';

export interface AddressSpec {
  raw: string;
  source: EndpointSource;
  label: string;
  /** How to name the setting in messages: "DOCKER_HOST" or 'context "colima"'. */
  setting: string;
  /** TLS for tcp addresses; undefined means plain HTTP. Only called for tcp. */
  tls: () => TlsLoad | undefined;
  /** What to do when the setting itself is wrong. */
  fixConfig: Text;
  /** What to do when its TLS files are wrong. */
  fixTls: Text;
}

export function addressCandidate(spec: AddressSpec, ctx: DiscoveryContext): Candidate {
  const parsed = parseEngineUrl(spec.raw);
  if (!parsed.ok) {
    const { setting, raw } = spec;
    const why = parsed.errorText;
    const unusable = {
      en: `${setting} is "${raw}", which is not usable: ${why.en}.`,
      id: `${setting} berisi "${raw}", yang tidak dapat dipakai: ${why.id}.`,
    };
    return invalid(spec, unusable, spec.fixConfig);
  }
  const address = parsed.address;
  let tls: TlsMaterial | undefined;
  if (address.kind === 'tcp') {
    const load = spec.tls();
    if (load && !load.ok) {
      const { problem } = load;
      const message = {
        en: `${spec.setting} asks for TLS but ${problem.en}.`,
        id: `${spec.setting} meminta TLS tetapi ${problem.id}.`,
      };
      return invalid(spec, message, spec.fixTls);
    }
    tls = load?.tls;
  }
  const url = formatEngineUrl(address);
  return {
    endpoint: { source: spec.source, label: spec.label, url, publishedHost: publishedHostOf(address) },
    flavor: guessFlavor(url),
    transport: toTransport(address, tls, ctx),
  };
}

function toTransport(address: EngineAddress, tls: TlsMaterial | undefined, ctx: DiscoveryContext): Transport {
  switch (address.kind) {
    case 'unix':
    case 'npipe':
      return address;
    case 'tcp': {
      // Like the CLI, a tcp address without a port means 2375, with or without TLS.
      const transport: Transport = { kind: 'tcp', host: address.host, port: address.port ?? 2375 };
      if (tls) transport.tls = tls;
      return transport;
    }
    case 'ssh':
      return { kind: 'ssh', host: address.host, port: address.port, auth: sshAuthFor(address.username, ctx) };
  }
}

function invalid(spec: AddressSpec, message: Text, fix: Text): Candidate {
  return {
    endpoint: { source: spec.source, label: spec.label, url: spec.raw.trim(), publishedHost: 'localhost' },
    flavor: 'custom',
    configError: badConfig(message, fix),
  };
}
