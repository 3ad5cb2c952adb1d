/** After the last lesson: the course is done, with a way back to each lesson. */
import { Anchor, List, Text } from '@mantine/core';
import { IconConfetti } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { useText } from '../../app/useStrings';
import { useLessons } from './LessonsProvider';
import { lessonStart } from './navigation';
import { useLessonsStrings } from './useLessonsStrings';

export function CourseFinished() {
  const t = useLessonsStrings();
  const text = useText();
  const { lessons = [], select } = useLessons();
  return (
    <Callout color="teal" icon={<IconConfetti size={18} />} title={t('courseDone')} data-testid="course-finished">
      <Text size="sm">{t('courseDoneText')}</Text>
      <List size="sm" spacing={2}>
        {lessons.map((lesson, i) => {
          const start = lessonStart(lesson);
          return (
            <List.Item key={lesson.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => start && select(start)}
                data-testid={`back-to-${lesson.id}`}
              >
                {t('backToLesson', { n: i + 1, title: text(lesson.title) })}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Callout>
  );
}
