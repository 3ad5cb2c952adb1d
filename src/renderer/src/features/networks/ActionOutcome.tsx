import { Alert, Code, Stack, Text } from '@mantine/core';
import { inLanguage } from '@shared/errors';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useStrings';
import { type Outcome, type Problem, succeeded } from './use-network-action';

function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useTranslation('networks');
  const { message, fix } = inLanguage(problem, useLanguage());
  return (
    <>
      <Text size="sm">{message}</Text>
      {fix && <Text size="sm">{t('fix', { fix })}</Text>}
    </>
  );
}

/** What a connect or disconnect did: the docker command it equals, its output, or the error and its fix. */
export function ActionOutcome({ outcome, onClose }: { outcome: Outcome; onClose(): void }) {
  const { t } = useTranslation('networks');
  if ('problem' in outcome) {
    return (
      <Alert color="red" title={t('failed')} withCloseButton closeButtonLabel={t('close')} onClose={onClose}>
        <ProblemText problem={outcome.problem} />
      </Alert>
    );
  }
  const { result } = outcome;
  const ok = succeeded(result);
  const output = result.output.map((chunk) => chunk.text).join('');
  const failure = result.exitCode === null ? t('failed') : t('failedExit', { code: result.exitCode });
  return (
    <Alert
      color={ok ? 'green' : 'red'}
      title={ok ? t('done') : failure}
      withCloseButton
      closeButtonLabel={t('close')}
      onClose={onClose}
      data-testid="network-action-result"
    >
      <Stack gap={4}>
        <Code block>{`$ ${result.command}`}</Code>
        {result.warnings.map((warning) => (
          <Text key={warning} size="sm" c="orange">{`WARNING: ${warning}`}</Text>
        ))}
        {output && <Code block>{output}</Code>}
        {result.error && <ProblemText problem={result.error} />}
      </Stack>
    </Alert>
  );
}
