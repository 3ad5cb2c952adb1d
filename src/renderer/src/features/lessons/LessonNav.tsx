/** One lesson in the navigator: its title, progress and steps. */
import { Badge, Group, NavLink, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { useText } from '../../app/useStrings';
import { useEngine } from '../engine';
import { useLessons } from './LessonsProvider';
import { StepMarker } from './StepMarker';
import { useLessonsStrings } from './useLessonsStrings';

export function LessonNav({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const engine = useEngine();
  const { progress, selection, select, condition } = useLessons();
  const completed = progress[lesson.id]?.completed ?? [];
  const done = lesson.steps.filter((s) => completed.includes(s.id)).length;
  const onPodman = engine.state === 'connected' && engine.identity.product === 'podman';

  return (
    <Stack gap={4} component="section" aria-labelledby={`lesson-${lesson.id}`} data-testid={`nav-lesson-${lesson.id}`}>
      <Group justify="space-between" wrap="nowrap" px="xs" gap="xs">
        <Text id={`lesson-${lesson.id}`} fw={700} size="sm" component="h2" m={0}>
          {text(lesson.title)}
        </Text>
        {lesson.requires.legacyLinks && (
          <Tooltip label={t('podmanNoLinks')} disabled={!onPodman} multiline w={240}>
            <Badge size="xs" variant="light" color={onPodman ? 'orange' : 'gray'} style={{ flex: 'none' }}>
              {t('legacyLinks')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Stack gap={2} px="xs" mb={4}>
        <Progress
          value={(done / lesson.steps.length) * 100}
          size="sm"
          color="teal"
          aria-label={t('stepsDone', { done, total: lesson.steps.length })}
        />
        <Text size="xs" c="dimmed">
          {t('stepsDone', { done, total: lesson.steps.length })}
        </Text>
      </Stack>
      {lesson.steps.map((step, i) => {
        const active = selection?.lesson === lesson.id && selection.step === step.id;
        const done = completed.includes(step.id);
        const mark = !done ? 'todo' : condition({ lesson: lesson.id, step: step.id }).lost.length > 0 ? 'lost' : 'done';
        return (
          <NavLink
            key={step.id}
            component="button"
            active={active}
            aria-current={active ? 'step' : undefined}
            label={text(step.title)}
            description={mark === 'lost' ? t('needsRerun') : undefined}
            leftSection={<StepMarker n={i + 1} mark={mark} label={t(mark === 'lost' ? 'needsRerun' : 'stepDone')} />}
            onClick={() => select({ lesson: lesson.id, step: step.id })}
            data-testid={`nav-step-${lesson.id}-${step.id}`}
            data-done={done}
            data-mark={mark}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Stack>
  );
}
