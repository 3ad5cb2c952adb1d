/** "Reset lesson": asks the main process what would go, confirms it with the learner, then removes it. */
import { Button, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LessonView, ResetPlan } from '@shared/contract';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { useText } from '../../app/useStrings';
import { useEngine } from '../engine';
import { useLessons } from './LessonsProvider';
import { ResetModal, type ResetReport } from './ResetModal';
import { runningStep } from './runs';
import { useLessonsStrings } from './useLessonsStrings';
import { useStepName } from './useRunGate';

export function ResetLesson({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const text = useText();
  const engine = useEngine();
  const name = useStepName();
  const { restart, runs, setResetting } = useLessons();
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
      setResetting(lesson.id);
      try {
        setReport(await api.call('lesson.reset', { lesson: lesson.id }));
        restart(lesson.id);
      } finally {
        setResetting(undefined);
      }
    });
  const close = () => {
    setPlan(undefined);
    setReport(undefined);
  };

  const active = runningStep(runs);
  const reason =
    engine.state !== 'connected' ? t('resetNeedsEngine') : active ? t('resetWhileRunning', name(active)) : undefined;
  return (
    <>
      <Tooltip label={reason ?? t('resetHint')} withArrow multiline w={260}>
        {/* Not `disabled`: a disabled button gets no hover or focus, so its tooltip could never say why. */}
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRestore size={14} />}
          onClick={reason ? undefined : open}
          loading={busy && !plan}
          data-disabled={reason ? true : undefined}
          aria-disabled={reason ? true : undefined}
          aria-describedby={reason ? 'reset-reason' : undefined}
          data-testid="reset-lesson"
          style={{ flex: 'none' }}
        >
          {t('reset')}
        </Button>
      </Tooltip>
      {reason && <VisuallyHidden id="reset-reason">{reason}</VisuallyHidden>}
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
