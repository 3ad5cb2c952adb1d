// The logs stream follows every container the app created: the tail of the ones already there, new lines
// as they are written, containers started later, and nothing once stopped.
import type { LogLine } from '@shared/contract';
import { describe, expect, it, vi } from 'vitest';
import { followLessonLogs, type LogFollowParams } from '../../../src/main/services/logs';
import { docker, engineFile } from '../support';

const names = ['svc-logs-a', 'svc-logs-b', 'svc-logs-tty', 'svc-logs-mine'];
const ours = ['--label', 'container-talk.app=container-talk', '--label', 'container-talk.lesson=svc'];
const waitLong = { timeout: 15_000, interval: 100 };
const file = engineFile({ containers: names });

function follow(options: LogFollowParams, onLine: (line: LogLine) => void) {
  const stop = followLessonLogs(file.engine, options, onLine);
  file.stopAfterTest(stop);
  return stop;
}

function collect() {
  const lines: LogLine[] = [];
  const texts = (container: string) => lines.filter((l) => l.container === container).map((l) => l.text);
  return { lines, texts, onLine: (line: LogLine) => lines.push(line) };
}

describe('followLessonLogs', () => {
  it('sends the tail, then new lines, with stderr marked and the engine timestamps parsed off', async () => {
    // stdout and stderr are read concurrently by the engine: the pause keeps their order in the log.
    const script = 'for i in 1 2 3 4; do echo old$i; done; sleep 0.3; echo oops >&2; sleep 3; echo later';
    await docker('run', '-d', '--name', 'svc-logs-a', ...ours, 'alpine', 'sh', '-c', `${script}; sleep 300`);
    await docker('run', '-d', '--name', 'svc-logs-mine', 'alpine', 'sh', '-c', 'echo not-ours; sleep 300');
    const logged = async () => (await file.engine.logs('svc-logs-a')).map((chunk) => chunk.text).join('');
    await vi.waitFor(async () => expect(await logged()).toContain('oops'), waitLong);
    const { lines, texts, onLine } = collect();
    const stop = follow({ tail: 3 }, onLine);
    await vi.waitFor(() => expect(texts('svc-logs-a')).toEqual(['old3', 'old4', 'oops']), waitLong);
    await vi.waitFor(() => expect(texts('svc-logs-a')).toEqual(['old3', 'old4', 'oops', 'later']), waitLong);
    stop();
    const oops = lines.find((l) => l.text === 'oops');
    expect(oops).toMatchObject({ stream: 'stderr', container: 'svc-logs-a' });
    expect(lines.find((l) => l.text === 'later')?.stream).toBe('stdout');
    for (const line of lines) {
      expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(Math.abs(Date.parse(line.time) - Date.now())).toBeLessThan(60_000);
      expect(line.containerId).toBe(await docker('inspect', '-f', '{{.Id}}', 'svc-logs-a'));
    }
    expect(lines.some((l) => l.text === 'not-ours')).toBe(false);
  });

  it('picks up a labelled container that starts later (from its first line) and one that starts again', async () => {
    const { texts, onLine } = collect();
    const stop = follow({ tail: 10 }, onLine);
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(1), waitLong); // the events stream
    await docker('run', '-d', '--name', 'svc-logs-b', ...ours, 'alpine', 'sh', '-c', 'echo first-line; echo boot');
    await vi.waitFor(() => expect(texts('svc-logs-b')).toEqual(['first-line', 'boot']), waitLong);
    await docker('start', 'svc-logs-b');
    await vi.waitFor(() => expect(texts('svc-logs-b')).toEqual(['first-line', 'boot', 'first-line', 'boot']), waitLong);
    stop();
  });

  it('reads a TTY container (raw stream, CR LF line endings)', async () => {
    const { lines, onLine } = collect();
    await docker(
      'run',
      '-d',
      '-t',
      '--name',
      'svc-logs-tty',
      ...ours,
      'alpine',
      'sh',
      '-c',
      'echo tty-line; sleep 300',
    );
    const stop = follow({ tail: 10 }, onLine);
    await vi.waitFor(() => expect(lines.map((l) => l.text)).toContain('tty-line'), waitLong);
    stop();
    expect(lines.find((l) => l.text === 'tty-line')).toMatchObject({ stream: 'stdout', container: 'svc-logs-tty' });
  });

  it('stop() ends every engine stream, and no line arrives after it', async () => {
    for (const name of ['svc-logs-a', 'svc-logs-b'])
      await docker(
        'run',
        '-d',
        '--name',
        name,
        ...ours,
        'alpine',
        'sh',
        '-c',
        'while true; do echo tick; sleep 0.2; done',
      );
    const { lines, onLine } = collect();
    const stop = follow({ tail: 1 }, onLine);
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(3), waitLong); // events + two containers
    await vi.waitFor(() => expect(new Set(lines.map((l) => l.container)).size).toBe(2), waitLong);
    stop();
    const count = lines.length;
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(0), waitLong);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(lines.length).toBe(count);
    follow({ tail: 1 }, onLine)(); // stopped before it finished starting: what it opens later is closed at once
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(file.engine.openStreams()).toBe(0);
    expect(lines.length).toBe(count);
  });

  it('stops following a container once it is removed', async () => {
    await docker('run', '-d', '--name', 'svc-logs-a', ...ours, 'alpine', 'sh', '-c', 'echo hi; sleep 300');
    const { texts, onLine } = collect();
    const stop = follow({ tail: 10 }, onLine);
    await vi.waitFor(() => expect(texts('svc-logs-a')).toEqual(['hi']), waitLong);
    expect(file.engine.openStreams()).toBe(2);
    await docker('rm', '-f', 'svc-logs-a');
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(1), waitLong);
    stop();
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(0), waitLong);
  });

  it('a follow started again with the same lastTimes goes on after the last line it had: no line twice', async () => {
    const script = 'echo one; echo two; sleep 2; echo three; sleep 300';
    await docker('run', '-d', '--name', 'svc-logs-a', ...ours, 'alpine', 'sh', '-c', script);
    const lastTimes = new Map<string, string>();
    const first = collect();
    const stop = follow({ tail: 10, lastTimes }, first.onLine);
    await vi.waitFor(() => expect(first.texts('svc-logs-a')).toEqual(['one', 'two']), waitLong);
    stop();
    const logged = async () => (await file.engine.logs('svc-logs-a')).map((chunk) => chunk.text).join('');
    await vi.waitFor(async () => expect(await logged()).toContain('three'), waitLong);
    const again = collect();
    follow({ tail: 10, lastTimes }, again.onLine);
    await vi.waitFor(() => expect(again.texts('svc-logs-a')).toEqual(['three']), waitLong);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(again.texts('svc-logs-a')).toEqual(['three']);
  });
});

describe('engine.followLogs', () => {
  // The read after the follow's end (which fills in a follow the engine ended early) adds no line twice;
  // the early end itself is rare here (tests/unit/engine/logs-follow.test.ts plays it).
  it('gets every line of a container that writes 200,000 lines fast and exits, once each, in order', async () => {
    const id = await docker('run', '-d', '--name', 'svc-logs-a', ...ours, 'alpine', 'seq', '1', '200000');
    const texts: string[] = [];
    const ended = new Promise<Error | undefined>((resolve) => {
      void file.engine.followLogs(id, (entry) => texts.push(entry.text), { onEnd: resolve });
    });
    expect(await ended).toBeUndefined();
    expect(texts.length).toBe(200_000);
    expect(texts.every((text, i) => text === String(i + 1))).toBe(true);
  }, 60_000);
});
