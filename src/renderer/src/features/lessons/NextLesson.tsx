/** "Next lesson: …": opens the next lesson at its first step, where its intro is. */
import { Button, Group } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { IconArrowRight } from '@tabler/icons-react';
import { useText } from '../../app/useStrings';
import { useLessons } from './LessonsProvider';
import { lessonStart } from './navigation';
import { useLessonsStrings } from './useLessonsStrings';

export function NextLesson({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const { select } = useLessons();
  const start = lessonStart(lesson);
  return (
    <Group justify="flex-end">
      <Button
        rightSection={<IconArrowRight size={16} />}
        onClick={() => start && select(start)}
        disabled={!start}
        data-testid="next-lesson"
        // A long lesson title wraps instead of being cut off.
        h="auto"
        mih={36}
        py={6}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35 } }}
      >
        {t('nextLesson', { title: text(lesson.title) })}
      </Button>
    </Group>
  );
}
