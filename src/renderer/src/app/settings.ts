/**
 * Language and theme are kept by the main process too: in browser mode the page's origin (and with it
 * localStorage) changes at every launch, so the page's own memory alone would forget them.
 */
import { useMantineColorScheme } from '@mantine/core';
import type { Settings } from '@shared/contract';
import { useEffect } from 'react';
import { api } from '../api/client';
import { i18n, setLanguage } from './i18n';

export function saveSettings(changes: Settings): void {
  api.call('settings.set', changes).catch(() => {
    // Still applied in this window; saved again with the next change.
  });
}

/** At start: takes the saved language and theme, or tells the main process the language in use. */
export function useSavedSettings(): void {
  const { setColorScheme } = useMantineColorScheme();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at start
  useEffect(() => {
    api.call('settings.get', {}).then(
      (saved) => {
        if (saved.language) setLanguage(saved.language);
        else saveSettings({ language: i18n.language === 'id' ? 'id' : 'en' });
        if (saved.colorScheme) setColorScheme(saved.colorScheme);
      },
      () => {},
    );
  }, []);
}
