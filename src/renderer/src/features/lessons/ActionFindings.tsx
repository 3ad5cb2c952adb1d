/** After an action: the engine's warnings, notes about this engine, its error, checks and API calls. */
import { Stack, Text } from '@mantine/core';
import type { ActionResult } from '@shared/results';
import { IconInfoCircle } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import { CheckList } from './CheckList';
import { ErrorNotice } from './ErrorNotice';
import classes from './lessons.module.css';
import { UnderTheHood } from './UnderTheHood';
import { useLessonsStrings } from './useLessonsStrings';

export function ActionFindings({ result }: { result: ActionResult }) {
  const t = useLessonsStrings();
  const text = useText();
  return (
    <Stack gap="sm">
      {result.warnings.map((warning) => (
        <Text key={warning} className={classes.warning} data-testid="warning">
          {t('warning')}: {warning}
        </Text>
      ))}
      {result.notes.map((note) => (
        <Callout key={note.en} color="blue" icon={<IconInfoCircle size={18} />} title={t('note')} data-testid="note">
          <Markdown size="sm">{text(note)}</Markdown>
        </Callout>
      ))}
      {result.error && <ErrorNotice title={t('actionFailed')} error={result.error} />}
      <CheckList checks={result.checks} />
      <UnderTheHood calls={result.apiCalls} />
    </Stack>
  );
}
