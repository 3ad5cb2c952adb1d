/**
 * Browser mode only: when the app's server goes away or refuses this page, say so instead of waiting
 * forever. A banner across the whole window, above the header and the lessons: never half hidden.
 */
import { Alert } from '@mantine/core';
import { contractErrors } from '@shared/contract/codes';
import { inLanguage } from '@shared/errors';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client';
import { api } from '../api/client';
import { useAppStrings } from './useAppStrings';
import { useLanguage } from './useStrings';

const said = ({ message, fix }: { message: string; fix?: string }) => `${message} ${fix ?? ''}`;

/** Browser mode's address without its `?token=…` part (the desktop app has no token). */
const tokenless = () => !window.containerTalk && !new URLSearchParams(location.search).get('token');

export function ConnectionLost() {
  const t = useAppStrings();
  const language = useLanguage();
  const [lost, setLost] = useState<ApiError>();
  useEffect(() => api.onDisconnect(setLost), []);
  if (!lost) return null;
  // Refused (browser mode): the server says why, in its own words; otherwise it went away.
  const refused = lost.code === contractErrors.unauthorized;
  const noToken = refused && tokenless();
  const title = noToken ? 'noToken' : refused ? 'connectionRefused' : 'connectionLost';
  return (
    <Alert
      color="red"
      title={t(title)}
      role="alert"
      data-testid="connection-lost"
      data-code={lost.code}
      radius={0}
      pos="fixed"
      top={0}
      left={0}
      right={0}
      style={{ zIndex: 'var(--mantine-z-index-max)' }}
    >
      {noToken ? t('noTokenFix') : refused ? said(inLanguage(lost, language)) : t('connectionLostFix')}
    </Alert>
  );
}
