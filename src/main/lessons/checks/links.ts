/** Checks of what legacy links (and their absence on user-defined networks) put into a container. */

import { say } from '@shared/messages';
import { textOf } from '../../engine';
import { checkDetails } from './details';
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
          detail: say(checkDetails.linkVarsRemoved, {
            prefix: linkPrefix(check.alias),
            version: engine.identity.version,
          }),
          note: engineNotes.linkEnvRemoved,
        };
      }
      if (!addrVar) return { ok: false, detail: say(checkDetails.noAddrVar, { prefix: linkPrefix(check.alias) }) };
      const value = env.get(addrVar);
      return {
        ok: value === ip,
        detail: say(checkDetails.linkAddr, {
          variable: addrVar,
          value,
          target: check.target,
          ip,
          count: linkVars.length,
        }),
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
            ? say(checkDetails.noLinkVars, { prefix: linkPrefix(check.alias) })
            : say(checkDetails.unexpectedVars, { found }),
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
          ? say(checkDetails.hostsEntry, { entry: entry.trim(), target: check.target, ip, id: target?.id.slice(0, 12) })
          : say(checkDetails.noHostsEntry, { alias: check.alias }),
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
        detail: entry
          ? say(checkDetails.foundLine, { entry: entry.trim() })
          : say(checkDetails.noHostsPeer, { peer: check.peer }),
        ...(engine.isPodman ? { note: engineNotes.podmanHostsFile } : {}),
      };
    },
  },
};
