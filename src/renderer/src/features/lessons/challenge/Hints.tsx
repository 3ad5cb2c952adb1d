/**
 * A challenge's hints, revealed one at a time at the learner's request, from a nudge to nearly the answer.
 * Another challenge starts with its hints hidden: its step view is a new one (keyed by step).
 */
import { Button, Paper, Stack, Text } from '@mantine/core';
import type { Text as LessonText } from '@shared/lesson';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { Markdown } from '../../../app/Markdown';
import { useText } from '../../../app/useStrings';
import { useChallengeStrings } from './useChallengeStrings';

export function Hints({ hints }: { hints: LessonText[] }) {
  const t = useChallengeStrings();
  const text = useText();
  const [shown, setShown] = useState(0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="challenge-hints" data-testid="challenge-hints">
      <Text size="sm" fw={600} id="challenge-hints">
        {t('hints')}
      </Text>
      <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
        {hints.slice(0, shown).map((hint, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: hints are identified by their place
          <Paper component="li" key={i} withBorder p="sm" data-testid={`hint-${i + 1}`}>
            <Text size="xs" fw={600} c="dimmed">
              {t('hintN', { n: i + 1 })}
            </Text>
            <Markdown size="sm">{text(hint)}</Markdown>
          </Paper>
        ))}
      </Stack>
      {shown < hints.length && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconBulb size={14} />}
          onClick={() => setShown(shown + 1)}
          style={{ alignSelf: 'flex-start' }}
          data-testid="show-hint"
        >
          {t('showHint', { n: shown + 1, total: hints.length })}
        </Button>
      )}
    </Stack>
  );
}
