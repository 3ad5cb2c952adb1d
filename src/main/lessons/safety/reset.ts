/** Resetting a lesson removes exactly what the app created for it, and nothing else. */
import type { Engine } from '../../engine/engine';
import { APP_ID, LABEL } from './labels';

export interface ResetReport {
  removedContainers: string[];
  removedNetworks: string[];
  /** Objects that could not be removed, with the reason (e.g. a network the learner attached a container to). */
  kept: string[];
}

export async function resetLesson(engine: Engine, lesson?: string): Promise<ResetReport> {
  const labels = { [LABEL.app]: APP_ID, ...(lesson ? { [LABEL.lesson]: lesson } : {}) };
  const report: ResetReport = { removedContainers: [], removedNetworks: [], kept: [] };
  for (const container of await engine.listContainers(labels)) {
    await engine.removeContainer(container.id);
    report.removedContainers.push(container.name);
  }
  for (const network of await engine.listNetworks(labels)) {
    const foreign = Object.values(network.containers).map((c) => c.name);
    if (foreign.length > 0) {
      report.kept.push(`network ${network.name}: still used by ${foreign.join(', ')}, which this app did not create`);
      continue;
    }
    await engine.removeNetwork(network.id);
    report.removedNetworks.push(network.name);
  }
  return report;
}
