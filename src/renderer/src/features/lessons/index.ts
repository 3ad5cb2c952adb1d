import { registerStrings } from '../../app/i18n';
import { lessonsStrings } from './strings';

registerStrings('lessons', lessonsStrings);

export { LessonNavigator } from './LessonNavigator';
export { LessonsProvider, useLessons } from './LessonsProvider';
export { StepView } from './StepView';
export { useLessonTitle } from './useLessonTitle';
