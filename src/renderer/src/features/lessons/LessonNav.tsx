/** One lesson in the navigator: its title, progress and steps. */
import { NavLink, Progress, Stack, Text } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import { useLessons } from './LessonsProvider';
import classes from './lessons.module.css';
import { RequirementBadges } from './RequirementBadges';
import { StepMarker } from './StepMarker';
import { useLessonsStrings } from './useLessonsStrings';

export function LessonNav({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const { progress, selection, select, condition } = useLessons();
  const completed = progress[lesson.id]?.completed ?? [];
  const done = lesson.steps.filter((s) => completed.includes(s.id)).length;

  return (
    <Stack gap={4} component="section" aria-labelledby={`lesson-${lesson.id}`} data-testid={`nav-lesson-${lesson.id}`}>
      <Stack gap={4} px="xs">
        <Text id={`lesson-${lesson.id}`} fw={700} size="sm" component="h2" m={0}>
          {text(lesson.title)}
        </Text>
        <Markdown className={classes.navSummary} data-testid={`nav-summary-${lesson.id}`}>
          {text(lesson.summary)}
        </Markdown>
        <RequirementBadges lesson={lesson} />
      </Stack>
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
