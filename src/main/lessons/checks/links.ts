/** Checks of what legacy links (and their absence on user-defined networks) put into a container. */
import { textOf } from '../../engine';
import { engineNotes } from './engine-notes';
import { envOf, ipOf, lines, linkPrefix } from './state';
import type { CheckImpls } from './types';

export const linkChecks: Pick<CheckImpls, 'link-env' | 'no-link-env' | 'hosts-link-entry' | 'hosts-no-peer'> = {
  'link-env': {
    async verify({ engine, outcome }, check) {
      const env = envOf(textOf(outcome.output, 'stdout'));
      const ip = await ipOf(engine, check.target);
      const linkVars = [...env.keys()].filter((key) => key.startsWith(`${linkPrefix(check.alias)}_`));
      const addrVar = linkVars.find((key) => /_TCP_ADDR$/.test(key));
      if (!addrVar && engine.versionAtLeast(29)) {
        return {
          ok: true,
          detail: `no ${linkPrefix(check.alias)}_* variables: Docker ${engine.identity.version} does not set link variables`,
          note: engineNotes.linkEnvRemoved,
        };
      }
      if (!addrVar)
        return { ok: false, detail: `no ${linkPrefix(check.alias)}_PORT_*_TCP_ADDR variable in the output` };
      const value = env.get(addrVar);
      return {
        ok: value === ip,
        detail: `${addrVar}=${value}; ${check.target}'s IP address is ${ip ?? 'unknown'} (${linkVars.length} link variables)`,
      };
    },
  },
  'no-link-env': {
    async verify({ outcome }, check) {
      const found = [...envOf(textOf(outcome.output, 'stdout')).keys()].filter((key) =>
        key.startsWith(`${linkPrefix(check.alias)}_`),
      );
      return {
        ok: found.length === 0,
        detail:
          found.length === 0
            ? `no ${linkPrefix(check.alias)}_* variables`
            : `unexpected variables: ${found.join(', ')}`,
      };
    },
  },
  'hosts-link-entry': {
    async verify({ engine, outcome }, check) {
      const target = await engine.findContainer(check.target);
      const ip = target ? (target.networks.bridge?.ipAddress ?? '') : '';
      const entry = lines(textOf(outcome.output, 'stdout')).find((line) => line.split(/\s+/).includes(check.alias));
      const names = entry?.split(/\s+/) ?? [];
      const ok =
        Boolean(target) &&
        names[0] === ip &&
        names.includes(target?.id.slice(0, 12) ?? '?') &&
        names.includes(check.target);
      return {
        ok,
        detail: entry
          ? `"${entry.trim()}"; ${check.target} is ${ip} (${target?.id.slice(0, 12)})`
          : `no /etc/hosts line names ${check.alias}`,
      };
    },
  },
  'hosts-no-peer': {
    async verify({ engine, outcome }, check) {
      const entry = lines(textOf(outcome.output, 'stdout')).find((line) =>
        line.split(/\s+/).slice(1).includes(check.peer),
      );
      return {
        ok: !entry,
        detail: entry ? `found "${entry.trim()}"` : `no /etc/hosts line for ${check.peer}: the name is resolved by DNS`,
        ...(engine.isPodman ? { note: engineNotes.podmanHostsFile } : {}),
      };
    },
  },
};
