// Which steps build on which is derived from the lessons' data: what a step leaves on the engine and
// which of those names a later step uses. Checked on the shipped lessons and on made-up ones.
import { describe, expect, it } from 'vitest';
import { planSteps, type StepPlan } from '../../../src/main/lessons/checks/dependencies';
import { lessonCheckSchema } from '../../../src/main/lessons/checks/vocabulary';
import { actionSpecSchema, formatAction } from '../../../src/main/lessons/commands';
import type { LessonStep } from '../../../src/main/lessons/model/types';
import { lesson } from './lessons';

const needs = (plans: StepPlan[]) =>
  Object.fromEntries(plans.map((p) => [p.step, [...new Set(p.needs.map((n) => n.step))]]));
const leftovers = (plans: StepPlan[]) =>
  Object.fromEntries(plans.map((p) => [p.step, p.leftovers.map((l) => `${l.kind} ${l.name} @${l.action}`)]));

const text = { en: 'x', id: 'x' };
function action(draft: Record<string, unknown>, checks: Array<Record<string, unknown>> = []) {
  const spec = actionSpecSchema.parse(draft);
  return { command: formatAction(spec), spec, checks: checks.map((check) => lessonCheckSchema.parse(check)) };
}
function step(id: string, ...specs: Array<Record<string, unknown>>): LessonStep {
  return { id, title: text, explanation: text, actions: specs.map((spec) => action(spec)) };
}

describe('the shipped lessons', () => {
  it('links: every later step needs the redis-server that step 1 starts', () => {
    const plans = planSteps(lesson('links').steps);
    expect(needs(plans)).toEqual({
      'start-redis': [],
      'create-link': ['start-redis'],
      'connect-app': ['start-redis'],
      'redis-cli': ['start-redis'],
      // Its link names redis-server; what the learner types for it is theirs, not the step's leftovers.
      challenge: ['start-redis'],
    });
    expect(leftovers(plans)).toEqual({
      'start-redis': ['container redis-server @0'],
      'create-link': [],
      'connect-app': ['container container-talk/redis-node-example @0'],
      'redis-cli': [],
      challenge: [],
    });
  });

  it('networks: the last step needs the app and frontend-network of step 3, the network of step 4, and step 1', () => {
    const plans = planSteps(lesson('networks').steps);
    expect(needs(plans)).toEqual({
      'create-network': [],
      'network-communication': ['create-network'],
      'connect-two-networks': ['create-network'],
      aliases: ['create-network'],
      // It disconnects redis (step 1) from frontend-network (step 3), asks the app (step 3) and lists frontend-network2 (step 4).
      disconnect: ['create-network', 'connect-two-networks', 'aliases'],
      challenge: ['create-network'],
    });
    expect(leftovers(plans)['create-network']).toEqual(['network backend-network @0', 'container redis @1']);
    expect(leftovers(plans)['connect-two-networks']).toEqual([
      'network frontend-network @0',
      'container container-talk/redis-node-example @2',
    ]);
  });
});

describe('made-up lessons', () => {
  const db = { kind: 'run', image: 'redis', name: 'db', detach: true };
  const net = { kind: 'network-create', network: 'net' };

  it('does not count what a step uses of its own objects, nor foreground runs as leftovers', () => {
    const plans = planSteps([
      step('one', net, { kind: 'run', image: 'alpine', name: 'once', network: 'net', command: ['true'] }),
      step('two', { kind: 'rm', containers: ['once'] }),
    ]);
    expect(needs(plans)).toEqual({ one: [], two: [] });
    expect(leftovers(plans).one).toEqual(['network net @0']);
  });

  it('takes the latest step that made a name, and forgets a name once a step removes it', () => {
    const plans = planSteps([
      step('first', db),
      step('again', db),
      step('use', { kind: 'network-connect', network: 'bridge', container: 'db' }),
      step('remove', { kind: 'rm', containers: ['db'] }),
      step('after', { kind: 'logs', container: 'db' }, { kind: 'http', port: 8080 }),
    ]);
    expect(needs(plans)).toEqual({ first: [], again: [], use: ['again'], remove: ['again'], after: [] });
    // Removed on purpose by a later step: not something to run again for.
    expect(leftovers(plans).first).toEqual([]);
  });

  it('follows ports and the names checks read', () => {
    const app = { kind: 'run', image: 'web', detach: true, publish: [{ hostPort: '8080', containerPort: '80' }] };
    const ping = action({ kind: 'run', image: 'alpine', command: ['ping', 'db'] }, [
      { id: 'reply', kind: 'ping-reply', target: 'db', explain: text },
    ]);
    const plans = planSteps([
      step('db', db),
      step('app', app),
      step('curl', { kind: 'http', port: 8080 }),
      { id: 'ping', title: text, explanation: text, actions: [ping] },
    ]);
    expect(needs(plans)).toEqual({ db: [], app: [], curl: ['app'], ping: ['db'] });
  });
});
