/** Checks of swarm services, read on a manager node. */

import { say } from '@shared/messages';
import { checkDetails } from './details';
import type { CheckImpls } from './types';

export const serviceChecks: Pick<CheckImpls, 'service-tasks'> = {
  'service-tasks': {
    async verify({ engineOn }, check) {
      const engine = await engineOn(check.node);
      const service = await engine.findService(check.service);
      if (!service) return { ok: false, detail: say(checkDetails.noObject, { kind: 'service', name: check.service }) };
      const [tasks, nodes] = await Promise.all([
        engine.listTasks({ service: service.id, desiredState: 'running' }),
        engine.listNodes(),
      ]);
      const hostnames = new Map(nodes.map((n) => [n.id, n.hostname]));
      const running = tasks.filter((task) => task.state === 'running');
      const on = running.map((task) => hostnames.get(task.nodeId) ?? task.nodeId.slice(0, 12));
      return {
        ok: running.length === check.running,
        detail: say(checkDetails.runningTasks, { count: running.length, service: check.service, on }),
      };
    },
  },
};
