/**
 * An in-memory stand-in for the Engine class, for the ownership policy, cancellation and consoles:
 * containers and networks with labels, and a log of every call that would change something.
 */
import { EventEmitter } from 'node:events';
import type { Engine } from '../../../src/main/engine/engine';
import type { Labels } from '../../../src/main/engine/types';

export const OURS: Labels = { 'container-talk.app': 'container-talk', 'container-talk.lesson': 'links' };

interface Box {
  id: string;
  name: string;
  labels: Labels;
  state: 'created' | 'running' | 'exited';
  publicPorts: number[];
}

/** A TTY session whose process runs until the test ends it. */
export class FakeTty extends EventEmitter {
  readonly written: string[] = [];
  closed = false;
  private end!: (code: number) => void;
  readonly exited = new Promise<number>((resolve) => {
    this.end = resolve;
  });
  constructor(readonly containerId: string) {
    super();
  }
  write(data: string) {
    this.written.push(data);
  }
  close() {
    this.closed = true;
  }
  resize = async () => undefined;
  exit(code: number) {
    this.end(code);
  }
}

export class MemoryEngine {
  readonly endpoint = { source: 'env', label: 'DOCKER_HOST', url: 'unix:///fake.sock', publishedHost: 'localhost' };
  readonly identity = { product: 'docker-engine', version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
  readonly isPodman = false;
  readonly containers: Box[] = [];
  readonly networks: Array<{ id: string; name: string; labels: Labels }> = [];
  /** Calls that change the engine, in order ("create", "start", "remove <id>", ...). */
  readonly changes: string[] = [];
  readonly ttys: FakeTty[] = [];
  /** Set by a test to hold an attached run until it resolves (or forever). */
  attachedRun: () => Promise<number> = async () => 0;
  private next = 1;

  container(name: string, labels: Labels, extra: Partial<Box> = {}): Box {
    const box = {
      id: `${name}-${this.next++}`.padEnd(12, '0'),
      name,
      labels,
      state: 'running' as const,
      publicPorts: [],
      ...extra,
    };
    this.containers.push(box);
    return box;
  }

  network(name: string, labels: Labels) {
    this.networks.push({ id: `net-${name}`, name, labels });
  }

  asEngine(): Engine {
    return this as unknown as Engine;
  }

  private info(box: Box) {
    return { ...box, running: box.state === 'running', exitCode: 0, networks: {}, ports: {}, image: 'redis', raw: {} };
  }

  onClose = () => undefined;

  findContainer = async (name: string) => {
    const box = this.containers.find((c) => c.name === name || c.id === name);
    return box && this.info(box);
  };
  inspectContainer = async (name: string) => {
    const found = await this.findContainer(name);
    if (!found) throw Object.assign(new Error(`No such container: ${name}`), { code: 'NOT_FOUND' });
    return found;
  };
  listContainers = async (labels: Labels = {}) =>
    this.containers
      .filter((c) => Object.entries(labels).every(([key, value]) => c.labels[key] === value))
      .map((c) => ({ ...c, image: 'redis' }));
  findNetwork = async (name: string) => {
    const net = this.networks.find((n) => n.name === name);
    return net && { ...net, driver: 'bridge', containers: {}, raw: {} };
  };
  listNetworks = async () => [];

  createContainer = async (body: { Labels: Labels }, name?: string) => {
    this.changes.push('create');
    const box = this.container(name ?? 'unnamed', body.Labels, { state: 'created' });
    return { id: box.id, warnings: [] };
  };
  startContainer = async (id: string) => {
    this.changes.push(`start ${id}`);
    this.setState(id, 'running');
  };
  removeContainer = async (id: string) => {
    this.changes.push(`remove ${id}`);
    const index = this.containers.findIndex((c) => c.id === id);
    if (index !== -1) this.containers.splice(index, 1);
  };
  runAttached = async (id: string) => {
    this.changes.push(`start ${id}`);
    this.setState(id, 'running');
    return this.attachedRun();
  };
  openTty = async (id: string) => {
    this.changes.push(`start ${id}`);
    const tty = new FakeTty(id);
    this.ttys.push(tty);
    return tty;
  };
  connectNetwork = async () => {
    this.changes.push('connect');
  };
  disconnectNetwork = async () => {
    this.changes.push('disconnect');
  };
  exec = async () => {
    this.changes.push('exec');
    return { exitCode: 0, stdout: '0', stderr: '' };
  };

  private setState(id: string, state: Box['state']) {
    const box = this.containers.find((c) => c.id === id);
    if (box) box.state = state;
  }
}
