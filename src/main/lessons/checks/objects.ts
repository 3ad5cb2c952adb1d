/** Checks of containers, networks and published ports as the engine reports them. */

import { say } from '@shared/messages';
import { createdByApp } from '../safety/labels';
import { checkDetails } from './details';
import type { CheckImpls } from './types';

const noContainer = (name: string) => say(checkDetails.noObject, { kind: 'container', name });

export const objectChecks: Pick<
  CheckImpls,
  'container-running' | 'network-exists' | 'attached' | 'not-attached' | 'port-published'
> = {
  'container-running': {
    async verify({ engineOn }, check) {
      const container = await (await engineOn(check.node)).findContainer(check.container);
      if (!container) return { ok: false, detail: noContainer(check.container) };
      return {
        ok: container.running,
        detail: say(checkDetails.containerState, {
          name: check.container,
          id: container.id.slice(0, 12),
          running: container.running,
          exitCode: container.exitCode,
          ours: createdByApp(container.labels),
        }),
      };
    },
  },
  'network-exists': {
    async verify({ engineOn }, check) {
      const network = await (await engineOn(check.node)).findNetwork(check.network);
      if (!network) return { ok: false, detail: say(checkDetails.noObject, { kind: 'network', name: check.network }) };
      return {
        ok: !check.driver || network.driver === check.driver,
        detail: say(checkDetails.networkFound, {
          name: check.network,
          driver: network.driver,
          subnet: network.subnet ?? '?',
          gateway: network.gateway ?? '?',
        }),
      };
    },
  },
  attached: {
    async verify({ engineOn }, check) {
      const container = await (await engineOn(check.node)).findContainer(check.container);
      const endpoint = container?.networks[check.network];
      const where = { container: check.container, network: check.network };
      if (!endpoint) return { ok: false, detail: say(checkDetails.notOn, where) };
      const aliasOk = !check.alias || endpoint.aliases.includes(check.alias) || endpoint.dnsNames.includes(check.alias);
      const aliases = [...new Set([...endpoint.aliases, ...endpoint.dnsNames])];
      return {
        ok: aliasOk,
        detail: say(checkDetails.attached, { ...where, ip: endpoint.ipAddress, aliases }),
      };
    },
  },
  'not-attached': {
    async verify({ engineOn }, check) {
      const container = await (await engineOn(check.node)).findContainer(check.container);
      const on = Object.keys(container?.networks ?? {});
      return {
        ok: Boolean(container) && !on.includes(check.network),
        detail: container
          ? say(checkDetails.networksOf, { container: check.container, networks: on })
          : noContainer(check.container),
      };
    },
  },
  'port-published': {
    async verify({ engine, outcome }, check) {
      if (!outcome.containerId) return { ok: false, detail: checkDetails.noContainerStarted };
      const bindings = (await engine.inspectContainer(outcome.containerId)).ports[`${check.port}/tcp`] ?? [];
      const published = bindings.some((b) => b.hostPort === String(check.port));
      return {
        ok: published,
        detail: say(checkDetails.portBindings, {
          port: check.port,
          bindings: bindings.map((b) => `${b.hostIp || '0.0.0.0'}:${b.hostPort}`),
        }),
      };
    },
  },
};
