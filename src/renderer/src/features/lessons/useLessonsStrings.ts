import { useStrings } from '../../app/useStrings';
import { lessonsStrings } from './strings';

export const useLessonsStrings = () => useStrings('lessons', lessonsStrings.en);
