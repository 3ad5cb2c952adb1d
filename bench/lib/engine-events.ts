/** The engine's network events as `docker events` delivers them: when they happened, and when they arrived here. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { now, sleep, stopProcess, wallClock } from './proc';

export interface NetworkEvent {
  action: string;
  network: string;
  container: string;
  /** The engine's time of the event, epoch ms. */
  at: number;
  /** When this process read it, epoch ms (the wall clock, as the engine's time is). */
  arrived: number;
}

export class NetworkEvents {
  private readonly seen: NetworkEvent[] = [];

  private constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const arrived = wallClock();
      const event = JSON.parse(line) as {
        Action: string;
        timeNano: number;
        Actor: { Attributes: Record<string, string> };
      };
      this.seen.push({
        action: event.Action,
        network: event.Actor.Attributes.name ?? '',
        container: event.Actor.Attributes.container ?? '',
        at: event.timeNano / 1e6,
        arrived,
      });
    });
  }

  static async follow(): Promise<NetworkEvents> {
    const child = spawn('docker', ['events', '--filter', 'type=network', '--format', '{{json .}}'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await sleep(300); // the CLI has subscribed by then; events before it are not needed
    return new NetworkEvents(child);
  }

  /** The first event after `since` (epoch ms) matching, waiting up to `timeoutMs` for it. */
  async next(since: number, match: (event: NetworkEvent) => boolean, timeoutMs = 10_000): Promise<NetworkEvent> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const found = this.seen.find((event) => event.arrived >= since && match(event));
      if (found) return found;
      if (now() > deadline) throw new Error('no matching network event from the engine');
      await sleep(5);
    }
  }

  stop(): Promise<void> {
    return stopProcess(this.child);
  }
}
