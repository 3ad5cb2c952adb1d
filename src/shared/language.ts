/**
 * The languages of the app and a text in each of them, without the schemas: the renderer's first screen
 * needs these and not zod (the schema of a text is in lesson.ts).
 */
export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];

/** Every text a learner reads exists in English and Indonesian. */
export type Text = Record<Language, string>;
