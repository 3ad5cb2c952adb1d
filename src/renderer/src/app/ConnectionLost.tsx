/** Browser mode only: when the app's server goes away, say so instead of waiting forever. */
import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client';
import { api } from '../api/client';
import { useAppStrings } from './useAppStrings';

export function ConnectionLost() {
  const t = useAppStrings();
  const [lost, setLost] = useState<ApiError>();
  useEffect(() => api.onDisconnect(setLost), []);
  if (!lost) return null;
  return (
    <Alert color="red" title={t('connectionLost')} role="alert" data-testid="connection-lost" radius={0}>
      {t('connectionLostFix')}
    </Alert>
  );
}
