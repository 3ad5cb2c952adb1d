// The Explore terminal's pure parts: reading a typed line, matching a step's command, what opens a
// session, and Tab completion's plan.
import { describe, expect, it } from 'vitest';
import { formatAction, parseCommand } from '../../../../src/main/lessons/commands';
import { knownCommandNames } from '../../../../src/main/lessons/commands/table';
import { candidates, planCompletion } from '../../../../src/main/services/explore/complete';
import { readLine } from '../../../../src/main/services/explore/read-line';
import { interactiveRun } from '../../../../src/main/services/explore/session';
import { stepActionFor, stepResultWith } from '../../../../src/main/services/explore/step-match';
import type { ActionResult } from '../../../../src/shared/results';
import { lesson } from '../../lessons/lessons';

const local = { publishedHost: 'localhost' };
const networks = lesson('networks');

describe('readLine', () => {
  it('reads a command of the subset into its spec', () => {
    expect(readLine('docker run --network backend-network alpine ping -c1 redis', local)).toEqual({
      kind: 'command',
      spec: parseCommand('docker run --network backend-network alpine ping -c1 redis'),
    });
    expect(readLine('  docker exec redis redis-cli GET requests ', local)).toMatchObject({
      kind: 'command',
      spec: { kind: 'exec', container: 'redis', command: ['redis-cli', 'GET', 'requests'] },
    });
  });

  it.each([
    ['ls -la', '"ls"'],
    ['ls | wc -l', '"ls"'],
    ['docker build .', '"docker build"'],
    ['docker pull alpine', '"docker pull"'],
    ['docker system prune', '"docker system"'],
    ['docker network prune', '"docker network prune"'],
    ['', '""'],
  ])('%s is not a command this terminal runs', (line, what) => {
    expect(readLine(line, local)).toEqual({ kind: 'unsupported', what });
  });

  it.each([
    ['docker ps --bogus', /unknown flag: --bogus/],
    ['docker run --network', /--network/],
    ['docker rm c1; docker rm c2', /shell syntax/],
    ['docker exec -it redis sh', /not supported here/],
  ])('%s is refused by the parser as BAD_COMMAND', (line, reason) => {
    expect(() => readLine(line, local)).toThrow(
      expect.objectContaining({ code: 'BAD_COMMAND', message: expect.stringMatching(reason) }),
    );
  });

  it('gives the usage as the fix when the parser names it', () => {
    expect(() => readLine('docker ps --bogus', local)).toThrow(
      expect.objectContaining({ fixText: { en: 'Usage: docker ps [-a]', id: 'Cara pakai: docker ps [-a]' } }),
    );
  });

  it('knows the commands the issue lists', () => {
    for (const name of ['docker run', 'docker ps', 'docker logs', 'docker inspect', 'docker exec', 'docker stop'])
      expect(knownCommandNames).toContain(name);
    expect(knownCommandNames).toEqual(
      expect.arrayContaining(['docker start', 'docker network connect', 'docker service ls']),
    );
  });
});

describe('the new commands format back to themselves', () => {
  it.each([
    'docker inspect redis backend-network',
    'docker exec redis redis-cli GET requests',
    'docker stop redis web',
    'docker start redis',
    'docker service ls',
  ])('%s', (text) => {
    expect(formatAction(parseCommand(text))).toBe(text);
  });

  it('reads the container spellings as the same command', () => {
    expect(parseCommand('docker container stop redis')).toEqual(parseCommand('docker stop redis'));
    expect(parseCommand('docker container exec redis ls')).toEqual(parseCommand('docker exec redis ls'));
  });
});

describe('stepActionFor', () => {
  it("finds a step's command however its flags were spelled", () => {
    const typed = parseCommand('docker run --network backend-network alpine ping -c1 redis');
    const found = stepActionFor(networks, typed, undefined);
    expect(found?.step.id).toBe('network-communication');
    expect(found?.index).toBe(3);
    expect(found?.action.command).toBe('docker run --net=backend-network alpine ping -c1 redis');
  });

  it('finds the first step of the lesson, and no step for another command or node', () => {
    expect(stepActionFor(networks, parseCommand('docker network create backend-network'), undefined)).toMatchObject({
      index: 0,
      step: { id: 'create-network' },
    });
    expect(
      stepActionFor(networks, parseCommand('docker run --net=backend-network alpine ping -c2 redis'), undefined),
    ).toBe(undefined);
    expect(stepActionFor(networks, parseCommand('docker network create backend-network'), 'node1')).toBe(undefined);
    const swarm = lesson('swarm');
    const onNode = swarm.steps.flatMap((step) => step.actions).find((action) => action.node);
    expect(onNode && stepActionFor(swarm, onNode.spec, onNode.node)?.action).toBe(onNode);
    expect(onNode && stepActionFor(swarm, onNode.spec, undefined)).toBe(undefined);
  });

  it("never matches a challenge's solution", () => {
    const step = networks.steps[0];
    if (!step) throw new Error('no step');
    const challenged = { ...networks, steps: [{ ...step, challenge: { goal: step.title, hints: [], checks: [] } }] };
    expect(stepActionFor(challenged, parseCommand('docker network create backend-network'), undefined)).toBe(undefined);
  });
});

describe('stepResultWith', () => {
  const step = networks.steps.find((candidate) => candidate.id === 'create-network');
  if (!step) throw new Error('no step');
  const result = (action: number, ok = true): ActionResult => ({
    lesson: 'networks',
    step: step.id,
    action,
    command: step.actions[action]?.command ?? '',
    exitCode: 0,
    output: [],
    warnings: [],
    notes: [],
    checks: [{ id: 'c', ok, detail: '', explain: { en: 'x', id: 'x' } }],
    apiCalls: [],
    durationMs: 1,
  });

  it('is not complete while another command of the step has not passed', () => {
    const alone = stepResultWith({ step, index: 1, action: step.actions[1] as never }, result(1), undefined);
    expect(alone).toMatchObject({ step: 'create-network', ok: false, actions: [{ action: 1 }] });
    const failedBefore = { lesson: 'networks', step: step.id, ok: false, actions: [result(0, false)] };
    expect(stepResultWith({ step, index: 1, action: step.actions[1] as never }, result(1), failedBefore).ok).toBe(
      false,
    );
  });

  it('is complete once each command has passed, typed or run, in the order of the step', () => {
    const kept = { lesson: 'networks', step: step.id, ok: false, actions: [result(0)] };
    const merged = stepResultWith({ step, index: 1, action: step.actions[1] as never }, result(1), kept);
    expect(merged.ok).toBe(true);
    expect(merged.actions.map((a) => a.action)).toEqual([0, 1]);
  });
});

describe('interactiveRun', () => {
  it('opens a session for -it and -i, not for -d or a plain run', () => {
    expect(interactiveRun(parseCommand('docker run -it --rm --network backend-network alpine sh'))).toMatchObject({
      tty: true,
      rm: true,
      network: 'backend-network',
    });
    expect(interactiveRun(parseCommand('docker run -i alpine sh'))).toMatchObject({ tty: true, interactive: true });
    expect(interactiveRun(parseCommand('docker run -dit alpine sh'))).toBe(undefined);
    expect(interactiveRun(parseCommand('docker run alpine sh'))).toBe(undefined);
    expect(interactiveRun(parseCommand('docker ps'))).toBe(undefined);
  });
});

describe('planCompletion', () => {
  it.each([
    ['do', 0, ['docker']],
    ['docker net', 7, ['network']],
    ['docker network c', 15, ['connect', 'create']],
    ['docker network ', 15, ['connect', 'create', 'disconnect', 'inspect', 'list', 'ls', 'remove', 'rm']],
    ['docker service l', 15, ['list', 'ls']],
    ['docker container s', 17, ['start', 'stop']],
  ])('%s completes with the command words', (line, from, words) => {
    const plan = planCompletion(line);
    expect(plan.from).toBe(from);
    expect(candidates(plan, [])).toEqual(words);
    expect(plan.names).toEqual([]);
  });

  it.each([
    ['docker rm re', ['container']],
    ['docker rm -f a ', ['container']],
    ['docker stop ', ['container']],
    ['docker exec re', ['container']],
    ['docker exec redis redis-c', []],
    ['docker inspect x', ['container', 'network']],
    ['docker network connect ', ['network']],
    ['docker network connect --alias db frontend ', ['container']],
    ['docker network connect frontend-network r', ['container']],
    ['docker network rm back', ['network']],
    ['docker run -it --rm --network ', ['network']],
    ['docker run --link red', ['container']],
    ['docker run --name ', []],
    ['docker run alpine ', []],
    ['docker rm --f', []],
  ])('%s expects the names of %j', (line, names) => {
    expect(planCompletion(line).names).toEqual(names);
  });

  it('completes a name after --network=', () => {
    const plan = planCompletion('docker run --network=back');
    expect(plan).toMatchObject({ from: 'docker run --network='.length, partial: 'back', names: ['network'] });
    expect(candidates(plan, ['backend-network', 'bridge', 'frontend-network'])).toEqual(['backend-network']);
  });

  it('keeps the names that start with what was typed, sorted, once each', () => {
    const plan = planCompletion('docker rm re');
    expect(candidates(plan, ['redis', 'web', 'redis-server', 'redis'])).toEqual(['redis', 'redis-server']);
  });
});
