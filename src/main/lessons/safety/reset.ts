/** Resetting a lesson removes exactly what the app created for it, and nothing else. */
import type { Engine } from '../../engine';
import { nodeEnginesOf } from '../playground/node-engines';
import { APP_ID, LABEL } from './labels';

export interface ObjectRef {
  id: string;
  name: string;
}

export interface ResetPlan {
  containers: ObjectRef[];
  networks: ObjectRef[];
}

export interface ResetReport {
  removedContainers: string[];
  removedNetworks: string[];
  /** Objects that could not be removed, with the reason (e.g. a network the learner attached a container to). */
  kept: string[];
}

/** What a reset would remove: the containers and networks labelled as the app's (for one lesson, or all). */
export async function planReset(engine: Engine, lesson?: string): Promise<ResetPlan> {
  const labels = { [LABEL.app]: APP_ID, ...(lesson ? { [LABEL.lesson]: lesson } : {}) };
  const [containers, networks] = await Promise.all([engine.listContainers(labels), engine.listNetworks(labels)]);
  return {
    containers: containers.map(({ id, name }) => ({ id, name })),
    networks: networks.map(({ id, name }) => ({ id, name })),
  };
}

export async function resetLesson(engine: Engine, lesson?: string): Promise<ResetReport> {
  const plan = await planReset(engine, lesson);
  const report: ResetReport = { removedContainers: [], removedNetworks: [], kept: [] };
  for (const container of plan.containers) {
    await engine.removeContainer(container.id);
    report.removedContainers.push(container.name);
  }
  for (const ref of plan.networks) {
    const network = await engine.findNetwork(ref.id);
    const foreign = Object.values(network?.containers ?? {}).map((c) => c.name);
    if (foreign.length > 0) {
      report.kept.push(`network ${ref.name}: still used by ${foreign.join(', ')}, which this app did not create`);
      continue;
    }
    await engine.removeNetwork(ref.id);
    report.removedNetworks.push(ref.name);
  }
  // Playground nodes may have gone with the containers: their engines are reopened when next needed.
  nodeEnginesOf(engine).closeAll();
  return report;
}
