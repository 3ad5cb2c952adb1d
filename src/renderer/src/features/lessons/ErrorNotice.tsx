/** An error as the main process explains it: what happened, and what to do about it. */
import { Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { Markdown } from '../../app/Markdown';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  title: string;
  error: { code: string; message: string; fix?: string };
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
      <Text size="xs" c="dimmed" ff="monospace">
        {error.code}
      </Text>
    </Callout>
  );
}
