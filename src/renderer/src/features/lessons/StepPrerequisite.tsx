/** What the engine's state says of the open step: it needs an earlier step first (with a button to run that one), or re-running. */
import { Button, Text } from '@mantine/core';
import type { LeftoverState } from '@shared/contract';
import { IconInfoTriangle, IconPlayerPlayFilled } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { useText } from '../../app/useStrings';
import { useLessons } from './LessonsProvider';
import { useLessonsStrings } from './useLessonsStrings';
import { useRunGate } from './useRunGate';

function useObjectList(): (lost: LeftoverState[]) => string {
  const t = useLessonsStrings();
  return (lost) =>
    lost
      .map(({ kind, name, state }) =>
        t('objectState', { kind, name, state: t(state === 'stopped' ? 'stateStopped' : 'stateGone') }),
      )
      .join(', ');
}

export function StepPrerequisite() {
  const t = useLessonsStrings();
  const text = useText();
  const objects = useObjectList();
  const { lesson, step, condition, select, run } = useLessons();
  const { canRun } = useRunGate();
  if (!lesson || !step) return null;
  const { lost, needs } = condition({ lesson: lesson.id, step: step.id });
  const index = lesson.steps.findIndex((candidate) => candidate.id === needs);
  const needed = lesson.steps[index];
  if (needed) {
    const target = { lesson: lesson.id, step: needed.id };
    const runNeeded = () => {
      select(target); // its output shows where it belongs
      void run(target);
    };
    return (
      <Callout color="orange" icon={<IconInfoTriangle size={18} />} data-testid="needs-step">
        <Text size="sm">{t('needsStep', { n: index + 1, title: text(needed.title) })}</Text>
        <Button
          size="xs"
          variant="light"
          color="orange"
          w="fit-content"
          leftSection={<IconPlayerPlayFilled size={12} />}
          onClick={runNeeded}
          disabled={!canRun}
          data-testid="run-needed-step"
        >
          {t('runNeeded', { n: index + 1 })}
        </Button>
      </Callout>
    );
  }
  if (lost.length === 0) return null;
  return (
    <Callout color="orange" icon={<IconInfoTriangle size={18} />} data-testid="needs-rerun">
      <Text size="sm">{t('lostObjects', { objects: objects(lost) })}</Text>
    </Callout>
  );
}
