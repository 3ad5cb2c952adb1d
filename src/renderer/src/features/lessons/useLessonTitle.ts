/** A lesson's title in the current language, from its id (the id itself while the lessons load, or for an unknown one). */
import { useText } from '../../app/useStrings';
import { useLessons } from './LessonsProvider';

export function useLessonTitle(): (id: string) => string {
  const { lessons } = useLessons();
  const text = useText();
  return (id) => {
    const lesson = lessons?.find((candidate) => candidate.id === id);
    return lesson ? text(lesson.title) : id;
  };
}
