/**
 * The engines inside a lesson's playground nodes: Docker-in-Docker containers the lesson's own steps
 * start on the learner's engine (`docker run -d --privileged --name node1 … docker:dind`). Each inner
 * engine is reached through its TLS port published on 127.0.0.1 only, with the client certificate
 * the node made for itself (/certs/client, as the official docker:dind image does).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { type ContainerInfo, type Engine, openEngineAt } from '../../engine';
import { lessonErrors } from '../messages';
import { ensureOurs } from '../safety/conflicts';

const TLS_PORT = '2376/tcp';
/** A node's inner engine answers ~1-2 s after the container starts; give a busy machine more. */
const READY_WITHIN_MS = 30_000;

interface Opened {
  containerId: string;
  engine: Promise<Engine>;
}

function publishedTlsPort(node: string, container: ContainerInfo): number {
  const binding = (container.ports[TLS_PORT] ?? []).find((b) => b.hostIp === '127.0.0.1' && b.hostPort);
  if (!binding)
    throw new AppError('BAD_COMMAND', say(lessonErrors.nodeNoTlsPort, { node }), {
      fix: say(lessonErrors.nodeNoTlsPortFix, { node }),
    });
  return Number(binding.hostPort);
}

async function readCerts(outer: Engine, container: ContainerInfo) {
  const read = async (file: string) => {
    const result = await outer.exec(container.id, ['cat', `/certs/client/${file}`]);
    if (result.exitCode !== 0) throw new Error(`no /certs/client/${file} yet`);
    return result.stdout;
  };
  const [ca, cert, key] = await Promise.all([read('ca.pem'), read('cert.pem'), read('key.pem')]);
  return { ca, cert, key };
}

async function openWhenReady(outer: Engine, node: string, container: ContainerInfo): Promise<Engine> {
  const port = publishedTlsPort(node, container);
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    try {
      const tls = await readCerts(outer, container);
      return await openEngineAt({ host: '127.0.0.1', port, tls, label: node, timeoutMs: 3000 });
    } catch (error) {
      if (Date.now() > deadline)
        throw new AppError('ENGINE_UNAVAILABLE', say(lessonErrors.nodeEngineSilent, { node }), {
          fix: say(lessonErrors.nodeEngineSilentFix, { node }),
          cause: error,
        });
      await sleep(250);
    }
  }
}

export class NodeEngines {
  private readonly opened = new Map<string, Opened>();

  constructor(private readonly outer: Engine) {}

  /** The engine inside the node container named `node`; the node must be the app's and running. */
  async engineOf(node: string): Promise<Engine> {
    const container = await this.outer.findContainer(node);
    ensureOurs('container', node, container?.labels);
    if (!container?.running)
      throw new AppError('NOT_FOUND', say(lessonErrors.nodeNotRunning, { node }), {
        fix: say(lessonErrors.nodeNotRunningFix, { node }),
      });
    const known = this.opened.get(node);
    if (known?.containerId === container.id) return known.engine;
    if (known) void known.engine.then((engine) => engine.close()).catch(() => undefined);
    const engine = openWhenReady(this.outer, node, container);
    this.opened.set(node, { containerId: container.id, engine });
    engine.catch(() => {
      if (this.opened.get(node)?.engine === engine) this.opened.delete(node);
    });
    return engine;
  }

  closeAll(): void {
    for (const { engine } of this.opened.values()) void engine.then((e) => e.close()).catch(() => undefined);
    this.opened.clear();
  }
}

const byEngine = new WeakMap<Engine, NodeEngines>();

/** One set of node engines per learner's engine (a reconnected engine starts afresh). */
export function nodeEnginesOf(outer: Engine): NodeEngines {
  let nodes = byEngine.get(outer);
  if (!nodes) {
    const created = new NodeEngines(outer);
    outer.onClose(() => created.closeAll());
    byEngine.set(outer, created);
    nodes = created;
  }
  return nodes;
}
