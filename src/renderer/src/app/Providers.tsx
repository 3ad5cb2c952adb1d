/** Theme (light and dark, following the OS until the learner picks one), notifications, app-wide state. */
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { EngineProvider } from '../features/engine';
import { LessonsProvider } from '../features/lessons';
import { cssVariablesResolver, theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'color-scheme' });

export function Providers({ children }: { children: ReactNode }) {
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
