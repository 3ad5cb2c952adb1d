/**
 * The `logs` stream: log lines of every container the app created, running or not (tail first, then
 * follow), and of each one that starts later, line by line (the log feed keeps them in its history).
 * Inside each running playground node, the app's containers are followed the same way, on the node's
 * own engine, and their lines are labelled with the node (`node1/redis`).
 */
import type { LogLine } from '@shared/contract';
import type { Engine, EngineEvent, LogEntry } from '../engine';
import { nodeEnginesOf } from '../lessons/playground/node-engines';
import { APP_ID, LABEL, lessonOf } from '../lessons/safety/labels';
import { CONSOLE_STEP } from './consoles';
import type { EventFollow } from './event-hub';
import { isPlaygroundNode } from './topology-node-names';

const OURS = { [LABEL.app]: APP_ID };

/** Console sessions print a terminal, not a log: the console panel shows them already. */
const isConsole = (labels: Record<string, string>) => labels[LABEL.step] === CONSOLE_STEP;

interface Follow {
  stop?: () => void;
}

export interface LogFollowParams {
  /** Lines from the end of each container's log to start with. */
  tail: number;
  /** Where the engine's events come from: the engine's shared stream (the app), or the engine itself. */
  events?: EventFollow;
  /** The playground node whose engine `engine` is: its lines are labelled `node/container`. */
  node?: string;
  /**
   * The last line's time per container id, kept by the caller across follows: a container in it is
   * read from after that line instead of from its tail.
   */
  lastTimes?: Map<string, string>;
}

/** The logs inside each running playground node, opened when its engine answers; a node that fails is let go. */
class NodeLogs {
  private readonly nodes = new Map<string, { stop?: () => void }>();

  constructor(
    private readonly outer: Engine,
    private readonly params: Pick<LogFollowParams, 'tail' | 'lastTimes'>,
    private readonly onLine: (line: LogLine) => void,
  ) {}

  open(node: string): void {
    if (this.nodes.has(node)) return;
    const entry: { stop?: () => void } = {};
    this.nodes.set(node, entry);
    nodeEnginesOf(this.outer)
      .engineOf(node)
      .then(
        (engine) => {
          if (this.nodes.get(node) !== entry) return;
          entry.stop = followLessonLogs(engine, { ...this.params, node }, this.onLine, () => this.close(node));
        },
        () => this.close(node),
      );
  }

  close(node: string): void {
    this.nodes.get(node)?.stop?.();
    this.nodes.delete(node);
  }

  stop(): void {
    for (const node of [...this.nodes.keys()]) this.close(node);
  }
}

class LessonLogs {
  private stopped = false;
  private stopEvents?: () => void;
  /** Followed containers; `stop` is missing while the follow is being opened. */
  private readonly following = new Map<string, Follow>();
  private readonly names = new Map<string, string>();
  /** The last line's time per container: a restarted container continues after it instead of repeating. */
  private readonly lastTime: Map<string, string>;
  /** Only on the learner's engine: nodes do not nest. */
  private readonly nodes?: NodeLogs;

  constructor(
    private readonly engine: Engine,
    private readonly params: LogFollowParams,
    private readonly onLine: (line: LogLine) => void,
    private readonly onError?: (error: Error) => void,
  ) {
    this.lastTime = params.lastTimes ?? new Map();
    if (!params.node) this.nodes = new NodeLogs(engine, { tail: params.tail, lastTimes: params.lastTimes }, onLine);
  }

  /** Events first, then the listing: a container starting in between is seen by one or the other. */
  async start(): Promise<void> {
    try {
      const events = this.params.events ?? this.engine;
      const stopEvents = await events.followEvents((event) => this.onEvent(event), {
        labels: OURS,
        onEnd: (error) => this.fail(error ?? new Error('the engine stopped sending events')),
      });
      if (this.stopped) return stopEvents();
      this.stopEvents = stopEvents;
      for (const container of await this.engine.listContainers(OURS)) {
        if (!isConsole(container.labels)) this.follow(container.id, container.name, true);
        if (container.state === 'running') this.openNode(container.name, container.labels);
      }
    } catch (error) {
      this.fail(error as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    this.stopEvents?.();
    for (const follow of this.following.values()) follow.stop?.();
    this.following.clear();
    this.nodes?.stop();
  }

  private onEvent(event: EngineEvent): void {
    if (event.type !== 'container') return;
    const name = event.attributes.name;
    if (event.action === 'start' && !isConsole(event.attributes)) {
      this.follow(event.id, name ?? event.id.slice(0, 12), false);
      if (name) this.openNode(name, event.attributes);
    } else if (event.action === 'rename' && name) this.names.set(event.id, name);
    else if (event.action === 'die' && name) this.nodes?.close(name);
    else if (event.action === 'destroy') this.forget(event.id);
  }

  private openNode(name: string, labels: Record<string, string>): void {
    if (isPlaygroundNode(name, lessonOf(labels))) this.nodes?.open(name);
  }

  private follow(id: string, name: string, initial: boolean): void {
    if (this.stopped || this.following.has(id)) return;
    this.names.set(id, name);
    const follow: Follow = {};
    this.following.set(id, follow);
    const after = this.lastTime.get(id);
    // A container that starts later is read from its beginning; one already there from its tail.
    const from = after ? { after } : initial ? { tail: this.params.tail } : {};
    this.engine
      .followLogs(id, (entry) => this.emit(id, entry), { ...from, onEnd: (error) => this.ended(id, follow, error) })
      .then(
        (stop) => {
          if (this.following.get(id) === follow && !this.stopped) follow.stop = stop;
          else stop();
        },
        (error: Error) => this.ended(id, follow, error), // e.g. removed before its logs could be read
      );
  }

  /** The engine ends a follow when the container stops; it may already have been started again. */
  private ended(id: string, follow: Follow, error?: Error): void {
    if (this.following.get(id) !== follow) return;
    this.following.delete(id);
    if (this.stopped || error) return;
    this.engine.findContainer(id).then(
      (info) => info?.running && this.follow(id, info.name, false),
      () => undefined,
    );
  }

  private forget(id: string): void {
    this.following.get(id)?.stop?.();
    this.following.delete(id);
    this.names.delete(id);
    this.lastTime.delete(id);
  }

  private emit(id: string, entry: LogEntry): void {
    if (this.stopped) return;
    this.lastTime.set(id, entry.time);
    const name = this.names.get(id) ?? id.slice(0, 12);
    const { node } = this.params;
    const where = node ? { container: `${node}/${name}`, node } : { container: name };
    this.onLine({ containerId: id, ...where, stream: entry.stream, text: entry.text, time: entry.time });
  }

  private fail(error: Error): void {
    if (!this.stopped) this.onError?.(error);
  }
}

/** Follows the logs of every container the app created; the returned function ends every engine stream. */
export function followLessonLogs(
  engine: Engine,
  params: LogFollowParams,
  onLine: (line: LogLine) => void,
  onError?: (error: Error) => void,
): () => void {
  const logs = new LessonLogs(engine, params, onLine, onError);
  void logs.start();
  return () => logs.stop();
}
