/**
 * The learner's settings (language, theme, Timestamps, the open lesson) are kept by the main process:
 * in browser mode the page's origin (and with it localStorage) changes at every launch, so the page's
 * own memory alone would forget them.
 */
import { useMantineColorScheme } from '@mantine/core';
import type { Settings } from '@shared/contract';
import { useEffect } from 'react';
import { api, bootData } from '../api/client';
import { i18n, setLanguage } from './i18n';

export function saveSettings(changes: Settings): void {
  api.call('settings.set', changes).catch(() => {
    // Still applied in this window; saved again with the next change.
  });
}

let saved: Promise<Settings> | undefined;

/** The settings as saved when this window opened, read once and shared by whoever needs them; {} if unreadable. */
export function loadSettings(): Promise<Settings> {
  saved ??= bootData ? Promise.resolve(bootData.settings) : api.call('settings.get', {}).catch(() => ({}));
  return saved;
}

/** Where the theme keeps the learner's colour scheme in this page (Mantine's colour scheme manager). */
export const colorSchemeKey = 'color-scheme';

/** Before the first render: the saved colour scheme the page came with, so the first screen has it at once. */
export function adoptBootColorScheme(): void {
  const scheme = bootData?.settings.colorScheme;
  if (scheme) localStorage.setItem(colorSchemeKey, scheme);
}

/** At start: takes the saved language and theme, or tells the main process the language in use. */
export function useSavedSettings(): void {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at start
  useEffect(() => {
    void loadSettings().then((settings) => {
      if (settings.language) setLanguage(settings.language);
      else saveSettings({ language: i18n.language === 'id' ? 'id' : 'en' });
      if (settings.colorScheme && settings.colorScheme !== colorScheme) setColorScheme(settings.colorScheme);
    });
  }, []);
}
