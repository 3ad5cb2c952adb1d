/** Confirms a lesson reset listing exactly what goes, then reports what was removed and what was kept. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ResetPlan, resetReportSchema } from '@shared/contract';
import type { z } from 'zod';
import { NameList } from './NameList';
import { useLessonsStrings } from './useLessonsStrings';

export type ResetReport = z.infer<typeof resetReportSchema>;

interface Props {
  lessonTitle: string;
  plan?: ResetPlan;
  report?: ResetReport;
  busy: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function ResetModal({ lessonTitle, plan, report, busy, onConfirm, onClose }: Props) {
  const t = useLessonsStrings();
  const empty = plan && plan.containers.length === 0 && plan.networks.length === 0;
  const title = report ? t('resetDoneTitle', { lesson: lessonTitle }) : t('resetTitle', { lesson: lessonTitle });
  return (
    <Modal
      opened={!!plan}
      onClose={onClose}
      title={title}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      {report ? (
        <Stack gap="md" data-testid="reset-report">
          <NameList title={t('removedContainers')} names={report.removedContainers} testId="removed-containers" />
          <NameList title={t('removedNetworks')} names={report.removedNetworks} testId="removed-networks" />
          {report.kept.length > 0 && <NameList title={t('kept')} names={report.kept} testId="kept" />}
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        plan && (
          <Stack gap="md" data-testid="reset-plan">
            {empty ? (
              <Text>{t('nothingToRemove')}</Text>
            ) : (
              <>
                <Text>{t('resetIntro')}</Text>
                <NameList title={t('containers')} names={plan.containers.map((c) => c.name)} testId="plan-containers" />
                <NameList title={t('networks')} names={plan.networks.map((n) => n.name)} testId="plan-networks" />
              </>
            )}
            <Text size="sm" c="dimmed">
              {t('resetKeeps')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('cancel')}
              </Button>
              <Button color="red" onClick={onConfirm} loading={busy} data-testid="reset-confirm">
                {t('confirmReset')}
              </Button>
            </Group>
          </Stack>
        )
      )}
    </Modal>
  );
}
