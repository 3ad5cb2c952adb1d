/** The languages of the app, and a text in each of them (lessons, notes, errors). */
import { z } from 'zod';

export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];

/** Every text a learner reads exists in English and Indonesian. */
export const textSchema = z.object({ en: z.string().min(1), id: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;
