/**
 * The languages of the app and a text in each of them, without the schemas: the renderer's first screen
 * needs these and not zod (the schema of a text is in lesson.ts).
 */
export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];

/** Every text a learner reads exists in English and Indonesian. */
export type Text = Record<Language, string>;

/**
 * The language a page opens in: the one the learner chose (saved, or remembered by the page), else their
 * preferred one (Accept-Language, navigator.language) when it is Indonesian, else English. The server's first
 * screen and the renderer pick with this, so the page does not change language as the app starts.
 */
export function pickLanguage(chosen: string | null | undefined, preferred: string | null | undefined): Language {
  const chosenOne = languages.find((language) => language === chosen);
  if (chosenOne) return chosenOne;
  return preferred?.trim().toLowerCase().startsWith('id') ? 'id' : 'en';
}
