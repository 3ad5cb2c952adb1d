/** After a lesson's last step: what was learned, then the next lesson (or the end of the course). */
import { Stack, Title } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import { CourseFinished } from './CourseFinished';
import { useLessons } from './LessonsProvider';
import classes from './lessons.module.css';
import { NextLesson } from './NextLesson';
import { nextLesson } from './navigation';
import { useLessonsStrings } from './useLessonsStrings';

export function LessonEnding({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const { lessons = [] } = useLessons();
  const next = nextLesson(lessons, lesson.id);
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="lesson-ending"
      className={classes.ending}
      data-testid="lesson-ending"
    >
      <Title order={3} size="h4" id="lesson-ending">
        {t('ending')}
      </Title>
      <Markdown>{text(lesson.ending)}</Markdown>
      {next ? <NextLesson lesson={next} /> : <CourseFinished />}
    </Stack>
  );
}
