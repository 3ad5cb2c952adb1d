import { Alert, Code, Group, Loader, Text } from '@mantine/core';
import { inLanguage } from '@shared/errors';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useStrings';
import type { ConsoleState } from './use-console-session';

/** The docker command the console equals, as console.open returned it. */
export function ConsoleCommand({ command }: { command?: string }) {
  const { t } = useTranslation('console');
  if (!command) return null;
  return (
    <Group gap="xs" wrap="nowrap" miw={0}>
      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
        {t('commandLabel')}
      </Text>
      {/* A long command scrolls sideways: focusable, so the keyboard can scroll it too. */}
      <Code data-testid="console-command" tabIndex={0} style={{ overflowX: 'auto', whiteSpace: 'nowrap' }}>
        {`$ ${command}`}
      </Code>
    </Group>
  );
}

/** Starting, ended (with the exit code) or failed (with what to do); nothing while the session runs. */
export function ConsoleStatus({ state, label }: { state: ConsoleState; label: string }) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  if (state.phase === 'opening') {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('opening', { label })}
        </Text>
      </Group>
    );
  }
  if (state.phase === 'ended') {
    return (
      <Text size="sm" fw={500} data-testid="console-ended" role="status">
        {t('ended', { code: state.exitCode })}
      </Text>
    );
  }
  if (state.phase === 'failed') {
    const { message, fix } = inLanguage(state.problem, language);
    return (
      <Alert color="red" title={state.whileOpen ? t('stopped') : t('failed')} data-testid="console-error">
        <Text size="sm">{message}</Text>
        {fix && <Text size="sm">{t('fix', { fix })}</Text>}
      </Alert>
    );
  }
  return null;
}
