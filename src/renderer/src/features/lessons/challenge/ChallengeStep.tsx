/**
 * A challenge step: the goal, "Check my work" with what each check found, hints one at a time, and the
 * way to the Explore terminal where the learner types their own commands. No Run button: the app never
 * runs (or shows) the solution.
 */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ChallengeView, LessonView, StepView } from '@shared/contract';
import { IconChecklist, IconCircleCheck, IconInfoTriangle, IconPrompt } from '@tabler/icons-react';
import { Callout } from '../../../app/Callout';
import { Markdown } from '../../../app/Markdown';
import { requestPanel } from '../../../app/panel-requests';
import { useText } from '../../../app/useStrings';
import { CheckList } from '../CheckList';
import { ErrorNotice } from '../ErrorNotice';
import { useLessons } from '../LessonsProvider';
import { stepKey } from '../runs';
import { Hints } from './Hints';
import { useChallengeCheck } from './useChallengeCheck';
import { useChallengeStrings } from './useChallengeStrings';

interface Props {
  lesson: LessonView;
  step: StepView;
  challenge: ChallengeView;
}

function Verdict({ ok, failed, total }: { ok: boolean; failed: number; total: number }) {
  const t = useChallengeStrings();
  return ok ? (
    <Callout color="teal" icon={<IconCircleCheck size={18} />} data-testid="challenge-verdict" data-ok="true">
      <Text size="sm">{t('solved')}</Text>
    </Callout>
  ) : (
    <Callout color="orange" icon={<IconInfoTriangle size={18} />} data-testid="challenge-verdict" data-ok="false">
      <Text size="sm">{t('notYet', { failed, total })}</Text>
    </Callout>
  );
}

export function ChallengeStep({ lesson, step, challenge }: Props) {
  const t = useChallengeStrings();
  const text = useText();
  const { runs } = useLessons();
  const { check, checking, error } = useChallengeCheck(lesson.id, step.id);
  const result = runs[stepKey(lesson.id, step.id)]?.result;
  const checks = result?.actions.flatMap((action) => action.checks) ?? [];
  const failedAction = result?.actions.find((action) => action.error);
  const { node } = challenge;
  return (
    <Stack gap="md" component="section" aria-labelledby="challenge-goal" data-testid="challenge">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light" leftSection={<IconChecklist size={12} />}>
              {t('challenge')}
            </Badge>
            <Title order={4} size="h5" id="challenge-goal">
              {t('goal')}
            </Title>
          </Group>
          <Markdown>{text(challenge.goal)}</Markdown>
          <Text size="sm" c="dimmed">
            {t('noRun')}
          </Text>
          <Group gap="xs">
            <Button
              onClick={() => void check()}
              loading={checking}
              title={t('checkHint')}
              leftSection={<IconChecklist size={16} />}
              data-testid="challenge-check-work"
            >
              {checking ? t('checking') : t('checkWork')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconPrompt size={16} />}
              onClick={() => requestPanel({ panel: 'explore', ...(node ? { node } : {}) })}
              data-testid="open-explore"
            >
              {node ? t('openExploreOnNode', { node }) : t('openExplore')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {error && <ErrorNotice title={t('checkFailed')} error={error} />}
      {failedAction?.error && <ErrorNotice title={t('checkFailed')} error={failedAction.error} />}
      {result && !failedAction && (
        <Verdict ok={result.ok} failed={checks.filter((c) => !c.ok).length} total={checks.length} />
      )}
      <CheckList checks={checks} />
      <Hints hints={challenge.hints} />
    </Stack>
  );
}
