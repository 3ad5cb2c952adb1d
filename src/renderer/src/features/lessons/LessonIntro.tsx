/** Before a lesson's first step: what the lesson is about (its summary as the lead), what it needs, and its intro. */
import { Stack, Title } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import classes from './lessons.module.css';
import { RequirementBadges } from './RequirementBadges';
import { useLessonsStrings } from './useLessonsStrings';

export function LessonIntro({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="lesson-intro"
      className={classes.intro}
      data-testid="lesson-intro"
    >
      <Title order={3} size="h4" id="lesson-intro">
        {t('introTitle')}
      </Title>
      <Markdown size="lg" className={classes.lead} data-testid="lesson-summary">
        {text(lesson.summary)}
      </Markdown>
      <RequirementBadges lesson={lesson} />
      <Markdown>{text(lesson.intro)}</Markdown>
    </Stack>
  );
}
