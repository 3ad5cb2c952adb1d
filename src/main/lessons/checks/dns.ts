/** Checks of name resolution: the embedded DNS server, and pings that reached the right container. */

import { say } from '@shared/messages';
import { textOf } from '../../engine';
import { checkDetails } from './details';
import { engineNotes } from './engine-notes';
import { ipOf, lines } from './state';
import type { CheckImpls } from './types';

export const dnsChecks: Pick<CheckImpls, 'embedded-dns' | 'ping-reply'> = {
  'embedded-dns': {
    async verify({ engine, outcome }, check) {
      const nameservers = lines(textOf(outcome.output, 'stdout'))
        .filter((line) => /^\s*nameserver\s/.test(line))
        .map((line) => line.trim().split(/\s+/)[1]);
      if (engine.isPodman) {
        const gateway = (await engine.findNetwork(check.network))?.gateway;
        return {
          ok: gateway !== undefined && nameservers.includes(gateway),
          detail: say(checkDetails.nameserversPodman, {
            nameservers: nameservers.join(', '),
            network: check.network,
            gateway,
          }),
          note: engineNotes.podmanResolver,
        };
      }
      const detail = say(checkDetails.nameservers, { nameservers: nameservers.join(', ') });
      return { ok: nameservers.includes('127.0.0.11'), detail };
    },
  },
  'ping-reply': {
    async verify({ engine, outcome }, check) {
      const ip = await ipOf(engine, check.target, check.network);
      const text = textOf(outcome.output, 'stdout');
      const replied = ip !== undefined && new RegExp(`from ${ip.replace(/\./g, '\\.')}\\b`).test(text);
      const received = /\b1 (packets )?received\b/.test(text);
      return {
        ok: replied && received,
        detail: say(checkDetails.pingReply, { target: check.target, ip, network: check.network, replied }),
      };
    },
  },
};
