/** Checks of containers, networks and published ports as the engine reports them. */
import { createdByApp } from '../safety/labels';
import type { CheckImpls } from './types';

export const objectChecks: Pick<
  CheckImpls,
  'container-running' | 'network-exists' | 'attached' | 'not-attached' | 'port-published'
> = {
  'container-running': {
    async verify({ engineOn }, check) {
      const container = await (await engineOn(check.node)).findContainer(check.container);
      if (!container) return { ok: false, detail: `no container named ${check.container}` };
      const origin = createdByApp(container.labels) ? 'created by this app' : 'not created by this app';
      return {
        ok: container.running,
        detail: `${check.container} (${container.id.slice(0, 12)}) is ${container.running ? 'running' : `stopped (exit code ${container.exitCode})`}, ${origin}`,
      };
    },
  },
  'network-exists': {
    async verify({ engineOn }, check) {
      const network = await (await engineOn(check.node)).findNetwork(check.network);
      if (!network) return { ok: false, detail: `no network named ${check.network}` };
      return {
        ok: !check.driver || network.driver === check.driver,
        detail: `${check.network}: driver ${network.driver}, subnet ${network.subnet ?? '?'}, gateway ${network.gateway ?? '?'}`,
      };
    },
  },
  attached: {
    async verify({ engineOn }, check) {
      const container = await (await engineOn(check.node)).findContainer(check.container);
      const endpoint = container?.networks[check.network];
      if (!endpoint) return { ok: false, detail: `${check.container} is not on ${check.network}` };
      const aliasOk = !check.alias || endpoint.aliases.includes(check.alias) || endpoint.dnsNames.includes(check.alias);
      const aliases = [...new Set([...endpoint.aliases, ...endpoint.dnsNames])].join(', ') || 'none';
      return {
        ok: aliasOk,
        detail: `${check.container} is on ${check.network} as ${endpoint.ipAddress} (aliases: ${aliases})`,
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
          ? `${check.container} is on: ${on.join(', ') || 'no network'}`
          : `no container named ${check.container}`,
      };
    },
  },
  'port-published': {
    async verify({ engine, outcome }, check) {
      if (!outcome.containerId) return { ok: false, detail: 'the step started no container' };
      const bindings = (await engine.inspectContainer(outcome.containerId)).ports[`${check.port}/tcp`] ?? [];
      const published = bindings.some((b) => b.hostPort === String(check.port));
      return {
        ok: published,
        detail: `${check.port}/tcp → ${bindings.map((b) => `${b.hostIp || '0.0.0.0'}:${b.hostPort}`).join(', ') || 'not published'}`,
      };
    },
  },
};
