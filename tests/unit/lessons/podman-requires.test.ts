// On Podman, a lesson's `requires` decides what is refused up front: legacyLinks stops the commands
// with --link (LINKS_UNSUPPORTED), swarm stops the whole lesson (SWARM_UNSUPPORTED), each with its note in
// English and Indonesian, before any request reaches the engine. Docker runs everything. The engine here
// is a fake that records every request and answers none usefully.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineNotes } from '../../../src/main/lessons/checks/engine-notes';
import type { ActionSpec } from '../../../src/main/lessons/commands';
import { refuseUnsupported, unsupportedNotes } from '../../../src/main/lessons/engine-adapt';
import type { Lesson } from '../../../src/main/lessons/model/types';
import { LessonRunner } from '../../../src/main/lessons/runner';
import { ConsoleSessions } from '../../../src/main/services/consoles';
import type { AppError } from '../../../src/shared/errors';
import { type FakeServer, startServer, tempDir } from '../engine/discovery/fake-engine';
import { engineAt } from '../engine-at';
import { lesson, lessons } from './lessons';

const podman = { isPodman: true };
const docker = { isPodman: false };

/** The error `spec` is refused with on `engine` under `requires`, or undefined when it may run. */
function refusal(engine: typeof podman, requires: Lesson['requires'], spec: ActionSpec) {
  try {
    refuseUnsupported(engine, requires, spec);
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

/** The code each action of `of` is refused with on `engine`, or 'runs'. */
const verdicts = (engine: typeof podman, of: Lesson) =>
  of.steps.flatMap((step) => step.actions.map((action) => refusal(engine, of.requires, action.spec)?.code ?? 'runs'));

describe('refuseUnsupported, driven by requires', () => {
  it('refuses every command of the swarm lesson on Podman, and none on Docker', () => {
    const swarm = lesson('swarm');
    expect(swarm.requires.swarm).toBe(true);
    expect(new Set(verdicts(podman, swarm))).toEqual(new Set(['SWARM_UNSUPPORTED']));
    expect(new Set(verdicts(docker, swarm))).toEqual(new Set(['runs']));
  });

  it('refuses only the --link commands of the links lesson on Podman', () => {
    const links = lesson('links');
    const withLink = links.steps.flatMap((s) => s.actions).map((a) => a.spec.kind === 'run' && a.spec.links.length > 0);
    expect(withLink).toContain(true);
    expect(verdicts(podman, links)).toEqual(withLink.map((link) => (link ? 'LINKS_UNSUPPORTED' : 'runs')));
  });

  it('runs every other lesson on Podman: the rule follows requires, not lesson names', () => {
    for (const other of lessons.filter((l) => !l.requires.swarm && !l.requires.legacyLinks))
      expect(new Set(verdicts(podman, other))).toEqual(new Set(['runs']));
    const notDeclared = { ...lesson('swarm'), requires: { ...lesson('swarm').requires, swarm: false } };
    expect(new Set(verdicts(podman, notDeclared))).toEqual(new Set(['runs']));
  });

  it('says why, in both languages, and which lessons work on Podman', () => {
    const swarm = lesson('swarm');
    const first = swarm.steps[0]?.actions[0];
    if (!first) throw new Error('the swarm lesson has no actions');
    const error = refusal(podman, swarm.requires, first.spec);
    expect(error).toMatchObject({ code: 'SWARM_UNSUPPORTED', message: engineNotes.podmanNoSwarm.en });
    expect(error?.fix).toMatch(/networks lesson.*Docker Engine/);
    expect(engineNotes.podmanNoSwarm.en).toMatch(/Podman has no swarm mode.*networks lesson/);
    expect(engineNotes.podmanNoSwarm.id).toMatch(/Podman tidak memiliki swarm mode.*pelajaran network/);
    expect(unsupportedNotes('SWARM_UNSUPPORTED')).toEqual([engineNotes.podmanNoSwarm]);
    expect(unsupportedNotes('LINKS_UNSUPPORTED')).toEqual([engineNotes.podmanNoLinks]);
    expect(unsupportedNotes('NOT_FOUND')).toEqual([]);
  });
});

describe('the swarm lesson on a (fake) Podman engine', () => {
  let server: FakeServer;
  let dir: ReturnType<typeof tempDir>;
  const fakePodman = () =>
    engineAt(server.address, { product: 'podman', version: '4.3.1', apiVersion: '1.41', os: 'linux', arch: 'amd64' });
  beforeAll(async () => {
    dir = tempDir();
    server = await startServer(`${dir.dir}/engine.sock`, {
      '*': (_req, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"no"}'),
    });
  });
  afterAll(async () => {
    await server.close();
    dir.cleanup();
  });

  it('stops step 1 at its first command with the note, before any request reaches the engine', async () => {
    const swarm = lesson('swarm');
    const [first] = swarm.steps;
    if (!first) throw new Error('the swarm lesson has no steps');
    const result = await new LessonRunner(fakePodman()).runStep(swarm, first);
    expect(result.ok).toBe(false);
    expect(result.actions).toHaveLength(1);
    expect(result.actions[0]).toMatchObject({
      command: 'docker network create swarm-nodes',
      error: { code: 'SWARM_UNSUPPORTED' },
      notes: [engineNotes.podmanNoSwarm],
      apiCalls: [],
    });
    expect(server.requests).toEqual([]);
  });

  it('refuses its console on node2 the same way, before any request', async () => {
    const consoles = new ConsoleSessions();
    await expect(consoles.open(fakePodman(), lesson('swarm'), { cols: 80, rows: 24 })).rejects.toMatchObject({
      code: 'SWARM_UNSUPPORTED',
    });
    expect(consoles.size).toBe(0);
    expect(server.requests).toEqual([]);
  });
});
