/** The current step: what it teaches, what it runs, running it, and what came of it. */
import { Center, Container, Group, Loader, ScrollArea, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { Markdown } from '../../app/Markdown';
import { shortcuts } from '../../app/shortcuts';
import { useText } from '../../app/useStrings';
import { TryItYourself } from '../explore/TryItYourself';
import { ActionCard } from './ActionCard';
import { CancelButton } from './CancelButton';
import { ChallengeStep } from './challenge/ChallengeStep';
import { LastRun } from './LastRun';
import { LessonEnding } from './LessonEnding';
import { LessonIntro } from './LessonIntro';
import { useLessons } from './LessonsProvider';
import classes from './lessons.module.css';
import { ResetLesson } from './ResetLesson';
import { RunButton } from './RunButton';
import { stepKey } from './runs';
import { StepOutcome } from './StepOutcome';
import { StepPager } from './StepPager';
import { StepPrerequisite } from './StepPrerequisite';
import { useLessonsStrings } from './useLessonsStrings';
import { useRunGate } from './useRunGate';

export function StepView() {
  const t = useLessonsStrings();
  const text = useText();
  const { lessons, lesson, step, runs, run, cancel, move } = useLessons();
  const { canRun, reason } = useRunGate(lesson && step ? { lesson: lesson.id, step: step.id } : undefined);
  const commands = useRef<HTMLDivElement>(null);
  const current = lesson && step ? runs[stepKey(lesson.id, step.id)] : undefined;

  const runStep = async () => {
    // A challenge is solved by typing: Run (or its shortcut) never runs its solution.
    if (!lesson || !step || !canRun || step.challenge) return;
    // The output appears below the commands: bring them into view, wherever the learner was reading.
    commands.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    const result = await run({ lesson: lesson.id, step: step.id });
    // Top centre, over the header: at the bottom right it would cover the newest log lines.
    if (result?.ok)
      notifications.show({
        color: 'teal',
        position: 'top-center',
        message: t('stepComplete', { step: text(step.title) }),
        'data-testid': 'step-complete',
      });
  };

  useHotkeys([
    [shortcuts.run, () => void runStep()],
    [shortcuts.next, () => move(1)],
    [shortcuts.previous, () => move(-1)],
  ]);

  if (!lesson || !step)
    return (
      <Center h="100%">
        <Loader aria-label={t('loading')} />
      </Center>
    );

  const n = lesson.steps.indexOf(step) + 1;
  const lessonNumber = (lessons?.indexOf(lesson) ?? 0) + 1;
  return (
    <ScrollArea h="100%" type="auto" scrollbars="y">
      <Container size={760} py="lg" px="lg">
        <Stack gap="lg" component="article" aria-labelledby="step-title" data-testid={`step-${lesson.id}-${step.id}`}>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Title order={2} size="sm" fw={500} className={classes.where}>
              {t('lessonN', { n: lessonNumber })} · {text(lesson.title)} ·{' '}
              {t('stepOf', { n, total: lesson.steps.length })}
            </Title>
            <ResetLesson lesson={lesson} />
          </Group>
          {n === 1 && <LessonIntro lesson={lesson} />}
          <Title order={3} size="h2" id="step-title">
            {text(step.title)}
          </Title>
          <Markdown>{text(step.explanation)}</Markdown>
          <StepPrerequisite />
          {step.challenge ? (
            <ChallengeStep key={step.id} lesson={lesson} step={step} challenge={step.challenge} />
          ) : (
            <>
              <Stack gap="sm" component="section" aria-labelledby="step-commands" ref={commands}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Title order={4} size="h5" id="step-commands" mt={6}>
                    {t('commands')}
                  </Title>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {current?.running && <CancelButton onCancel={() => cancel({ lesson: lesson.id, step: step.id })} />}
                    <RunButton
                      onRun={runStep}
                      busy={!!current?.running}
                      ranBefore={!!current}
                      canRun={canRun}
                      reason={reason}
                    />
                  </Group>
                </Group>
                <LastRun run={current} />
                {step.actions.map((action, i) => (
                  <ActionCard
                    // biome-ignore lint/suspicious/noArrayIndexKey: actions are identified by their place in the step
                    key={i}
                    index={i}
                    action={action}
                    run={current?.actions[i]}
                    stepRunning={!!current?.running}
                    numbered={step.actions.length > 1}
                  />
                ))}
                <TryItYourself lesson={lesson.id} step={step} />
              </Stack>
              <StepOutcome run={current} />
            </>
          )}
          {n === lesson.steps.length && <LessonEnding lesson={lesson} />}
          <StepPager emphasizeNext={!!current?.result?.ok} />
        </Stack>
      </Container>
    </ScrollArea>
  );
}
