/** "Reset lesson": asks the main process what would go, confirms it with the learner, then removes it. */
import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LessonView, ResetPlan } from '@shared/contract';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { useText } from '../../app/useStrings';
import { useEngine } from '../engine';
import { useLessons } from './LessonsProvider';
import { ResetModal, type ResetReport } from './ResetModal';
import { useLessonsStrings } from './useLessonsStrings';

export function ResetLesson({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const engine = useEngine();
  const { restart, running } = useLessons();
  const [plan, setPlan] = useState<ResetPlan>();
  const [report, setReport] = useState<ResetReport>();
  const [busy, setBusy] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const { message, fix } = error as { message: string; fix?: string };
      notifications.show({ color: 'red', title: t('reset'), message: fix ? `${message} ${fix}` : message });
    } finally {
      setBusy(false);
    }
  };

  const open = () =>
    attempt(async () => {
      setReport(undefined);
      setPlan(await api.call('lesson.resetPlan', { lesson: lesson.id }));
    });
  const confirm = () =>
    attempt(async () => {
      setReport(await api.call('lesson.reset', { lesson: lesson.id }));
      restart(lesson.id);
    });
  const close = () => {
    setPlan(undefined);
    setReport(undefined);
  };

  const disabled = engine.state !== 'connected' || running;
  return (
    <>
      <Tooltip
        label={engine.state === 'connected' ? t('resetHint') : t('resetNeedsEngine')}
        withArrow
        multiline
        w={260}
      >
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRestore size={14} />}
          onClick={open}
          loading={busy && !plan}
          disabled={disabled}
          data-testid="reset-lesson"
          style={{ flex: 'none' }}
        >
          {t('reset')}
        </Button>
      </Tooltip>
      <ResetModal
        lessonTitle={text(lesson.title)}
        plan={plan}
        report={report}
        busy={busy}
        onConfirm={confirm}
        onClose={close}
      />
    </>
  );
}
