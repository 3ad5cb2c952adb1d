/**
 * Every string the learner reads exists in English and Indonesian. Each feature keeps its strings
 * beside it (strings.ts) and registers them here under its own namespace.
 */

import { type Language, pickLanguage } from '@shared/language';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bootData } from '../api/client';

export type Strings = Record<string, string>;
export type FeatureStrings = { en: Strings; id: Strings };

// The saved language the page came with (browser mode), else this page's own memory, else the system's.
export const initialLanguage: Language = pickLanguage(
  bootData?.settings.language ?? (typeof localStorage === 'undefined' ? null : localStorage.getItem('language')),
  typeof navigator === 'undefined' ? undefined : navigator.language,
);

void i18n.use(initReactI18next).init({
  lng: initialLanguage,
  fallbackLng: 'en',
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Screen readers pronounce the page in the language it is in.
i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = initialLanguage;

/** Registers a feature's strings; the English and Indonesian keys must match (a unit test holds that). */
export function registerStrings(namespace: string, strings: FeatureStrings): void {
  i18n.addResourceBundle('en', namespace, strings.en, true, true);
  i18n.addResourceBundle('id', namespace, strings.id, true, true);
}

export function setLanguage(language: Language): void {
  localStorage.setItem('language', language);
  // The same language again would still re-render every text on the page.
  if (language !== i18n.language) void i18n.changeLanguage(language);
}

export { i18n };
