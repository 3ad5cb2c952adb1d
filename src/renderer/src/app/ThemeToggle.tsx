/** Light or dark; the choice is remembered, and until one is made the OS decides. */
import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { saveSettings } from './settings';
import { useAppStrings } from './useAppStrings';

export function ThemeToggle() {
  const t = useAppStrings();
  const { setColorScheme } = useMantineColorScheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const label = dark ? t('themeToLight') : t('themeToDark');
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => {
          const next = dark ? 'light' : 'dark';
          setColorScheme(next);
          saveSettings({ colorScheme: next });
        }}
        aria-label={label}
        data-testid="theme-toggle"
        data-scheme={dark ? 'dark' : 'light'}
      >
        {dark ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
