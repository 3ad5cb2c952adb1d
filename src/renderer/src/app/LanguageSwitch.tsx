/** EN / ID: switches the interface and the lessons; the main process remembers the choice across launches. */
import { SegmentedControl } from '@mantine/core';
import { type Language, languages } from '@shared/language';
import { setLanguage } from './i18n';
import { saveSettings } from './settings';
import { useAppStrings } from './useAppStrings';
import { useLanguage } from './useStrings';

function switchTo(language: Language): void {
  setLanguage(language);
  saveSettings({ language });
}

/** The saved language is applied at start by useSavedSettings (settings.ts). */
export function LanguageSwitch() {
  const t = useAppStrings();
  const language = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => switchTo(value as Language)}
      data={languages.map((l) => ({ value: l, label: l.toUpperCase() }))}
      aria-label={t('languageSwitch')}
      data-testid="language-switch"
    />
  );
}
