/** The languages of the app, and the schema of a text in each of them (lessons, notes, errors). */
import { z } from 'zod';
import type { Text } from './language';

export { type Language, languages, type Text } from './language';

/** Every text a learner reads exists in English and Indonesian. */
export const textSchema = z.object({ en: z.string().min(1), id: z.string().min(1) }) satisfies z.ZodType<Text>;
