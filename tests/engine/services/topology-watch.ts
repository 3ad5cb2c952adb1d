/** The networks stream as the topology tests read it: every snapshot and error, the latest view's objects by name. */
import type { Topology } from '@shared/contract';
import type { Engine } from '../../../src/main/engine';
import { watchTopology } from '../../../src/main/services/topology';

/** Watches `engine`'s topology; `stopAfterTest` gets the stop (engineFile's, so a test never leaves it open). */
export function watchNetworks(engine: Engine, stopAfterTest: (stop: () => void) => void) {
  const snapshots: Topology[] = [];
  const errors: Error[] = [];
  const stop = watchTopology(
    engine,
    (t) => snapshots.push(t),
    (e) => errors.push(e),
  );
  stopAfterTest(stop);
  const latest = () => snapshots.at(-1);
  const container = (name: string) => latest()?.containers.find((c) => c.name === name);
  const network = (name: string) => latest()?.networks.find((n) => n.name === name);
  return { snapshots, errors, stop, latest, container, network };
}
