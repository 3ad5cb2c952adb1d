/** Before a lesson's first step: its summary as the lead, what it needs, and its intro. */
import { Stack } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import classes from './lessons.module.css';
import { RequirementBadges } from './RequirementBadges';

export function LessonIntro({ lesson }: { lesson: LessonView }) {
  const text = useText();
  return (
    <Stack gap="sm" className={classes.intro} data-testid="lesson-intro">
      <Markdown size="lg" className={classes.lead} data-testid="lesson-summary">
        {text(lesson.summary)}
      </Markdown>
      <RequirementBadges lesson={lesson} />
      <Markdown>{text(lesson.intro)}</Markdown>
    </Stack>
  );
}
