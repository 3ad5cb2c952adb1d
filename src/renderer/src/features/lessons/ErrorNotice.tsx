/** An error as the main process explains it: what happened, and what to do about it. */
import { Text } from '@mantine/core';
import { type AppErrorCode, type AppErrorInfo, appErrorTitles, inLanguage } from '@shared/errors';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { Markdown } from '../../app/Markdown';
import { useLanguage, useText } from '../../app/useStrings';
import { FreePortButton } from './free-port/FreePortButton';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  title: string;
  error: Omit<AppErrorInfo, 'code'> & { code: string };
}

export function ErrorNotice({ title, error }: Props) {
  const t = useLessonsStrings();
  const text = useText();
  const { message, fix } = inLanguage(error, useLanguage());
  const meaning = appErrorTitles[error.code as AppErrorCode];
  return (
    <Callout
      color="red"
      title={title}
      icon={<IconAlertTriangle size={18} />}
      data-testid="error"
      data-code={error.code}
    >
      <Markdown size="sm">{message}</Markdown>
      {fix && <Markdown size="sm">{`**${t('whatToDo')}:** ${fix}`}</Markdown>}
      {error.holder && <FreePortButton holder={error.holder} />}
      <Text size="xs" c="dimmed">
        {meaning && `${text(meaning)} · `}
        <Text span ff="monospace" inherit>
          {error.code}
        </Text>
      </Text>
    </Callout>
  );
}
