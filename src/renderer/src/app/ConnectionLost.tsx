/** Browser mode only: when the app's server goes away or refuses this page, say so instead of waiting forever. */
import { Alert } from '@mantine/core';
import { contractErrors } from '@shared/contract';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client';
import { api } from '../api/client';
import { useAppStrings } from './useAppStrings';

export function ConnectionLost() {
  const t = useAppStrings();
  const [lost, setLost] = useState<ApiError>();
  useEffect(() => api.onDisconnect(setLost), []);
  if (!lost) return null;
  // Refused (browser mode): the server says why, in its own words; otherwise it went away.
  const refused = lost.code === contractErrors.unauthorized;
  return (
    <Alert
      color="red"
      title={t(refused ? 'connectionRefused' : 'connectionLost')}
      role="alert"
      data-testid="connection-lost"
      data-code={lost.code}
      radius={0}
    >
      {refused ? `${lost.message} ${lost.fix ?? ''}` : t('connectionLostFix')}
    </Alert>
  );
}
