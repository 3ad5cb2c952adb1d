/** In place of the console, for a lesson that offers none. */
import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTerminal2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ConsoleEmpty() {
  const { t } = useTranslation('console');
  return (
    <Center h="100%" p="lg" data-testid="console-none">
      <Stack gap="xs" align="center" maw={360} ta="center">
        <ThemeIcon variant="light" color="gray" size="xl" radius="xl" aria-hidden>
          <IconTerminal2 size={22} />
        </ThemeIcon>
        <Title order={2} size="h5">
          {t('none')}
        </Title>
        <Text size="sm">{t('noneText')}</Text>
      </Stack>
    </Center>
  );
}
