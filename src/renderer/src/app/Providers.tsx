/** Theme (light and dark, following the OS until the learner picks one), notifications, app-wide state. */
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type ReactNode, useMemo } from 'react';
import { EngineProvider } from '../features/engine';
import { LessonsProvider } from '../features/lessons';
import { colorSchemeKey } from './settings';
import { cssVariablesResolver, themeIn } from './theme';
import { useAppStrings } from './useAppStrings';

const colorSchemeManager = localStorageColorSchemeManager({ key: colorSchemeKey });

export function Providers({ children }: { children: ReactNode }) {
  const t = useAppStrings();
  const close = t('close');
  const theme = useMemo(() => themeIn(close), [close]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <Notifications position="bottom-right" limit={3} />
      <EngineProvider>
        <LessonsProvider>{children}</LessonsProvider>
      </EngineProvider>
    </MantineProvider>
  );
}
