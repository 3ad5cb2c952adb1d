/** Checks of containers, networks and published ports as the engine reports them. */
import { request } from 'node:http';
import { textOf } from '../../engine';
import { createdByApp } from '../safety/labels';
import { sleep } from './state';
import type { CheckImpls } from './types';

/**
 * The HTTP status the server on host:port answers with, or undefined when none answers. Every request
 * the example app serves counts in Redis, so this one uses a method no HTTP server accepts: the app's
 * own server answers 400 before the app sees it. That proves the app listens (docker-proxy alone
 * accepts connections but never answers HTTP) and leaves the count the learner reads next unchanged.
 */
function httpStatus(host: string, port: number, timeoutMs = 1000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request({ host, port, method: 'CTPROBE', path: '/', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

export const objectChecks: Pick<
  CheckImpls,
  'container-running' | 'network-exists' | 'attached' | 'not-attached' | 'port-published' | 'app-ready'
> = {
  'container-running': {
    async verify({ engine }, check) {
      const container = await engine.findContainer(check.container);
      if (!container) return { ok: false, detail: `no container named ${check.container}` };
      const origin = createdByApp(container.labels) ? 'created by this app' : 'not created by this app';
      return {
        ok: container.running,
        detail: `${check.container} (${container.id.slice(0, 12)}) is ${container.running ? 'running' : `stopped (exit code ${container.exitCode})`}, ${origin}`,
      };
    },
  },
  'network-exists': {
    async verify({ engine }, check) {
      const network = await engine.findNetwork(check.network);
      if (!network) return { ok: false, detail: `no network named ${check.network}` };
      return {
        ok: network.driver === 'bridge',
        detail: `${check.network}: driver ${network.driver}, subnet ${network.subnet ?? '?'}, gateway ${network.gateway ?? '?'}`,
      };
    },
  },
  attached: {
    async verify({ engine }, check) {
      const endpoint = (await engine.findContainer(check.container))?.networks[check.network];
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
    async verify({ engine }, check) {
      const container = await engine.findContainer(check.container);
      const on = Object.keys(container?.networks ?? {});
      return {
        ok: Boolean(container) && !on.includes(check.network),
        detail: `${check.container} is on: ${on.join(', ') || 'no network'}`,
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
  'app-ready': {
    async verify({ engine, outcome }, check) {
      if (!outcome.containerId) return { ok: false, detail: 'the step started no container' };
      const host = engine.endpoint.publishedHost;
      for (let attempt = 0; attempt < 40; attempt++) {
        const status = await httpStatus(host, check.port);
        if (status !== undefined)
          return { ok: true, detail: `the app answers HTTP on ${host}:${check.port} (status ${status} to a probe)` };
        const container = await engine.inspectContainer(outcome.containerId);
        if (!container.running) {
          const logged = textOf(await engine.logs(outcome.containerId, 50));
          return {
            ok: false,
            detail: `the app exited (code ${container.exitCode}); its last logs: ${logged.slice(-300)}`,
          };
        }
        await sleep(250);
      }
      return { ok: false, detail: `${host}:${check.port} did not answer HTTP within 10 s` };
    },
  },
};
