/** App name, the engine's status (always in view), language and theme. */
import { Group, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBrandDocker } from '@tabler/icons-react';
import { EngineStatusBadge } from '../features/engine';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsButton } from './ShortcutsButton';
import { ThemeToggle } from './ThemeToggle';
import { useAppStrings } from './useAppStrings';

export function Header() {
  const t = useAppStrings();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="light" aria-hidden>
          <IconBrandDocker size={22} />
        </ThemeIcon>
        <div>
          <Title order={1} size="h4" lh={1.1}>
            {t('appName')}
          </Title>
          <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md">
            {t('tagline')}
          </Text>
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <EngineStatusBadge />
        <LanguageSwitch />
        <ShortcutsButton />
        <ThemeToggle />
      </Group>
    </Group>
  );
}
