/** The contract's operations, each in a line or two: lesson-level work only, done by the services. */
import type { OperationName, Operations } from '@shared/contract';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { z } from 'zod';
import type { Engine } from '../engine';
import { findLesson } from '../lessons/catalog';
import { readLessonState, requireEarlierSteps } from '../lessons/checks/lesson-state';
import { lessonErrors } from '../lessons/messages';
import type { Lesson } from '../lessons/model/types';
import { freePort } from '../lessons/safety/conflicts';
import { planReset, resetLesson } from '../lessons/safety/reset';
import { serviceErrors } from '../services/messages';
import { lessonView } from './lesson-views';
import type { AppServices } from './services';
import { logFeedOf } from './streams';

export type Handlers = {
  [N in OperationName]: (input: z.output<Operations[N]['input']>) => Promise<z.input<Operations[N]['output']>>;
};

function lessonOf(services: AppServices, id: string): Lesson {
  return findLesson(services.lessons, id);
}

function stepOf(lesson: Lesson, id: string) {
  const step = lesson.steps.find((candidate) => candidate.id === id);
  if (!step) throw new AppError('NOT_FOUND', say(serviceErrors.noStep, { lesson: lesson.id, step: id }));
  return step;
}

/** A challenge is solved by the learner's own commands: the app never runs its solution for them. */
function challengeNotRun(step: string): AppError {
  return new AppError('BAD_COMMAND', say(lessonErrors.challengeNotRun, { step }));
}

export function createHandlers(services: AppServices): Handlers {
  /** The lesson is checked before the engine is asked for: a bad request never reaches the engine. */
  const onLesson = <T>(id: string, work: (lesson: Lesson, engine: Engine) => Promise<T>): Promise<T> => {
    const lesson = lessonOf(services, id);
    return work(lesson, services.engine.require());
  };
  return {
    'engine.status': async () => services.engine.status,
    'engine.retry': () => services.engine.connect(),
    'lessons.list': async () => {
      const status = services.engine.status;
      const connected = status.state === 'connected';
      const context = { publishedHost: connected ? status.endpoint.publishedHost : 'localhost' };
      const traits = { isPodman: connected && status.identity.product === 'podman' };
      return services.lessons.map((lesson) => lessonView(lesson, context, traits));
    },
    'progress.get': async () => services.progress.get(),
    'progress.set': async ({ lesson, completed, current }) => {
      const entry = { completed: [...new Set(completed)], ...(current ? { current } : {}) };
      return services.progress.set({ ...services.progress.get(), [lessonOf(services, lesson).id]: entry });
    },
    'step.run': ({ lesson, step }) =>
      onLesson(lesson, async (found, engine) => {
        const target = stepOf(found, step);
        if (target.challenge) throw challengeNotRun(target.id);
        await requireEarlierSteps(engine, found, target);
        return services.steps.runStep(engine, found, target);
      }),
    'lesson.resetPlan': ({ lesson }) => onLesson(lesson, (found, engine) => planReset(engine, found.id)),
    'step.cancel': async ({ lesson, step }) => ({ cancelled: services.steps.cancel(lesson, step) }),
    'lesson.reset': ({ lesson }) =>
      onLesson(lesson, (found, engine) => services.steps.reset(found.id, () => resetLesson(engine, found.id))),
    'lesson.state': ({ lesson }) => onLesson(lesson, (found, engine) => readLessonState(engine, found)),
    'lesson.freePort': ({ lesson, port }) =>
      onLesson(lesson, (found, engine) => services.steps.exclusive(() => freePort(engine, port, found.id))),
    'network.connect': ({ lesson, network, container }) =>
      onLesson(lesson, (found, engine) =>
        services.steps.runCommand(engine, found, { kind: 'network-connect', network, container, aliases: [] }),
      ),
    'network.disconnect': ({ lesson, network, container }) =>
      onLesson(lesson, (found, engine) =>
        services.steps.runCommand(engine, found, { kind: 'network-disconnect', network, container, force: false }),
      ),
    'console.open': ({ lesson, console, cols, rows }) =>
      onLesson(lesson, (found, engine) => services.consoles.open(engine, found, { cols, rows }, console)),
    'console.input': async ({ sessionId, data }) => {
      services.consoles.input(sessionId, data);
      return null;
    },
    'console.resize': async ({ sessionId, cols, rows }) => {
      await services.consoles.resize(sessionId, { cols, rows });
      return null;
    },
    'console.close': async ({ sessionId }) => {
      await services.consoles.close(sessionId);
      return null;
    },
    'explore.run': ({ lesson, line, node, cols, rows }) =>
      onLesson(lesson, (found, engine) => services.explore.run(engine, found, { line, node }, { cols, rows })),
    'explore.complete': ({ lesson, line, node }) =>
      onLesson(lesson, (found, engine) => services.explore.complete(engine, found, { line, node })),
    'challenge.check': ({ lesson, step }) =>
      onLesson(lesson, async (found, engine) => services.steps.checkChallenge(engine, found, stepOf(found, step))),
    'step.results': async ({ lesson }) => services.results.of(lessonOf(services, lesson).id),
    'logs.history': async (query) => logFeedOf(services).history.page(query),
    'settings.get': async () => services.settings.get(),
    'settings.set': async (changes) => services.settings.set({ ...services.settings.get(), ...changes }),
  };
}
