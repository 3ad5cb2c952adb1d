/** The navbar: both lessons with their steps and progress. */
import { Alert, Divider, Loader, ScrollArea, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { LessonNav } from './LessonNav';
import { useLessons } from './LessonsProvider';
import { useLessonsStrings } from './useLessonsStrings';

export function LessonNavigator() {
  const t = useLessonsStrings();
  const { lessons, loadError } = useLessons();

  if (loadError && !lessons) return <Alert color="red">{t('loadFailed', { message: loadError })}</Alert>;
  if (!lessons) return <Loader size="sm" m="md" aria-label={t('loading')} />;
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap="md" p="sm">
        {lessons.map((lesson, i) => (
          <Fragment key={lesson.id}>
            {i > 0 && <Divider />}
            <LessonNav lesson={lesson} />
          </Fragment>
        ))}
      </Stack>
    </ScrollArea>
  );
}
