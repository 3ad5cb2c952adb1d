/** Typed access to a feature's strings and to lesson texts in the current language. */
import type { Language, Text } from '@shared/lesson';
import { useTranslation } from 'react-i18next';

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** `keys` is the feature's English table: it only gives the key type, so a typo fails the type check. */
export function useStrings<K extends string>(namespace: string, _keys: Record<K, string>): Translate<K> {
  const { t } = useTranslation(namespace);
  return (key, values) => t(key, values ?? {}) as string;
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'id' ? 'id' : 'en';
}

/** Picks the current language's version of a lesson text. */
export function useText(): (text: Text) => string {
  const language = useLanguage();
  return (text) => text[language];
}
