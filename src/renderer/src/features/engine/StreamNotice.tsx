/** How a panel's stream stands: waiting for the engine (it goes on by itself), or stopped with what went wrong. */
import { Alert, Box, Button, Loader, Text } from '@mantine/core';
import { inLanguage } from '@shared/errors';
import type { ApiError } from '../../api/client';
import { Callout } from '../../app/Callout';
import { useLanguage } from '../../app/useStrings';
import { useEngineStrings } from './useEngineStrings';

/** The one place that says the app waits for the engine; every panel shows this. */
export function EngineWaiting() {
  const t = useEngineStrings();
  return (
    <Box role="status" data-testid="engine-waiting">
      <Callout color="orange" icon={<Loader size={14} color="orange" />}>
        <Text size="sm">{t('waitingForEngine')}</Text>
      </Callout>
    </Box>
  );
}

interface Props {
  waiting?: ApiError;
  failed?: ApiError;
  onReconnect(): void;
}

export function StreamNotice({ waiting, failed, onReconnect }: Props) {
  const t = useEngineStrings();
  const language = useLanguage();
  if (waiting) return <EngineWaiting />;
  if (!failed) return null;
  const { message, fix } = inLanguage(failed, language);
  return (
    <Alert color="red" title={t('streamStopped', { message })} data-testid="stream-stopped">
      {fix && <Text size="sm">{fix}</Text>}
      <Button size="xs" mt="xs" variant="light" onClick={onReconnect}>
        {t('reconnect')}
      </Button>
    </Alert>
  );
}
