/** The shipped lessons, loaded once for the unit tests. */
export { lesson, lessons } from '../../lesson-runs';
