/**
 * The playground nodes in a topology snapshot: the engine inside each running node container, read
 * like the learner's own, its events followed while the node runs. A node holds a handful of objects:
 * an event inside it reads that node again whole, and the other nodes keep what they showed. A node
 * whose engine does not answer yet (it is starting) is shown without contents; it never fails the whole
 * snapshot.
 */
import type { Topology, TopologyNode } from '@shared/contract';
import type { Engine, EngineEvent } from '../engine';
import { nodeEnginesOf } from '../lessons/playground/node-engines';
import { isPlaygroundNode } from './topology-node-names';
import { readTopology } from './topology-snapshot';
import { isTopologyEvent } from './topology-state';

interface NodeFollow {
  containerId: string;
  /** Set once the node's engine answered and its events are followed. */
  engine?: Engine;
  stopEvents?: () => void;
  stopped: boolean;
  /** What the node showed at its last read; undefined: read it again. */
  shown?: TopologyNode;
  /** Counts the node's changes, so that a read that a change overtook is not kept. */
  changes: number;
}

const runningNodes = (topology: Topology) =>
  topology.containers.filter((c) => c.running && isPlaygroundNode(c.name, c.lesson));

const unreachable = (name: string): TopologyNode => ({ name, reachable: false, networks: [], containers: [] });

export class NodeTopologies {
  private readonly follows = new Map<string, NodeFollow>();
  private stopped = false;

  constructor(
    private readonly outer: Engine,
    /** Something inside a node changed, or a node's engine came or went: the snapshot should be made again. */
    private readonly onChange: () => void,
  ) {}

  /** `topology` (of the learner's engine) with its running nodes' contents; as it was when none runs. */
  async withNodes(topology: Topology): Promise<Topology> {
    const nodes = runningNodes(topology);
    this.sync(new Map(nodes.map((node) => [node.name, node.id])));
    if (nodes.length === 0) return topology;
    return { ...topology, nodes: await Promise.all(nodes.map(({ name }) => this.nodeView(name))) };
  }

  stop(): void {
    this.stopped = true;
    for (const name of [...this.follows.keys()]) this.drop(name);
  }

  private async nodeView(name: string): Promise<TopologyNode> {
    const follow = this.follows.get(name);
    if (!follow?.engine) return unreachable(name);
    if (follow.shown) return follow.shown;
    const changes = follow.changes;
    const shown = await readTopology(follow.engine).then(
      (inner): TopologyNode => ({ name, reachable: true, ...inner }),
      () => undefined,
    );
    if (shown && follow.changes === changes) follow.shown = shown;
    return shown ?? unreachable(name);
  }

  /** Follows the nodes running now (name → container id); a node recreated under its name starts afresh. */
  private sync(running: Map<string, string>): void {
    if (this.stopped) return;
    for (const [name, follow] of this.follows) if (running.get(name) !== follow.containerId) this.drop(name);
    for (const [name, containerId] of running) if (!this.follows.has(name)) this.open(name, containerId);
  }

  private open(name: string, containerId: string): void {
    const follow: NodeFollow = { containerId, stopped: false, changes: 0 };
    this.follows.set(name, follow);
    void this.connect(name, follow);
  }

  /** A node that cannot be reached stays without contents until its container changes. */
  private async connect(name: string, follow: NodeFollow): Promise<void> {
    try {
      const engine = await nodeEnginesOf(this.outer).engineOf(name);
      const stopEvents = await engine.followEvents((event) => this.changed(follow, event), {
        onEnd: () => this.lost(name, follow),
      });
      if (follow.stopped) return stopEvents();
      Object.assign(follow, { engine, stopEvents });
      this.onChange();
    } catch {
      // shown as not reachable
    }
  }

  private changed(follow: NodeFollow, event: EngineEvent): void {
    if (!isTopologyEvent(event)) return;
    follow.shown = undefined;
    follow.changes++;
    this.onChange();
  }

  /** The node's engine went away (the node stopped, or its connection was closed): open it again if it runs. */
  private lost(name: string, follow: NodeFollow): void {
    if (this.follows.get(name) !== follow) return;
    this.follows.delete(name);
    this.onChange();
  }

  private drop(name: string): void {
    const follow = this.follows.get(name);
    if (!follow) return;
    follow.stopped = true;
    follow.stopEvents?.();
    this.follows.delete(name);
  }
}
