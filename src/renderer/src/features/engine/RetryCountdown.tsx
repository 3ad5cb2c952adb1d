/** Seconds until the main process looks for the engine again by itself. */
import { Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useEngineStrings } from './useEngineStrings';

export function RetryCountdown({ retryAt }: { retryAt: number }) {
  const t = useEngineStrings();
  const [now, setNow] = useState(Date.now);
  const interval = useInterval(() => setNow(Date.now()), 500);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the interval object changes every render
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, []);
  const seconds = Math.ceil((retryAt - now) / 1000);
  return (
    <Text size="sm" c="dimmed" aria-live="polite" data-testid="retry-countdown">
      {seconds > 0 ? t('retryIn', { seconds }) : t('retryingNow')}
    </Text>
  );
}
