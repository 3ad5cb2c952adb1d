/** An error as the main process explains it: what happened, and what to do about it. */
import { Text } from '@mantine/core';
import type { AppErrorInfo } from '@shared/errors';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { Markdown } from '../../app/Markdown';
import { FreePortButton } from './free-port/FreePortButton';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  title: string;
  error: Omit<AppErrorInfo, 'code'> & { code: string };
}

export function ErrorNotice({ title, error }: Props) {
  const t = useLessonsStrings();
  return (
    <Callout
      color="red"
      title={title}
      icon={<IconAlertTriangle size={18} />}
      data-testid="error"
      data-code={error.code}
    >
      <Markdown size="sm">{error.message}</Markdown>
      {error.fix && <Markdown size="sm">{`**${t('whatToDo')}:** ${error.fix}`}</Markdown>}
      {error.holder && <FreePortButton holder={error.holder} />}
      <Text size="xs" c="dimmed" ff="monospace">
        {error.code}
      </Text>
    </Callout>
  );
}
