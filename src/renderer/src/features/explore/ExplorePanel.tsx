/** The Explore terminal: docker commands typed by the learner, on their engine or a playground node of the lesson. */
import { Box, Group, SegmentedControl, Stack, Text, useComputedColorScheme } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { useEffect, useMemo, useState } from 'react';
import { onPanelRequest } from '../../app/panel-requests';
import { useText } from '../../app/useStrings';
import { ClipboardButtons, useTerminal } from '../console';
import { EngineWaiting, useEngine } from '../engine';
import { useLessons } from '../lessons';
import type { ExploreRequest, Mode } from './explore-terminal';
import { lessonNodes } from './lesson-places';
import { useExploreTerminal } from './use-explore-terminal';
import { useExploreStrings } from './useExploreStrings';

const here = '';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ModeLine({ mode }: { mode: Mode }) {
  const t = useExploreStrings();
  const line =
    mode.kind === 'running' ? t('running') : mode.kind === 'session' ? t('inSession', { command: mode.command }) : '';
  return (
    <Text size="xs" role="status" data-testid="explore-mode" data-mode={mode.kind} mih={18}>
      {line}
    </Text>
  );
}

function NodePicker({ nodes, node, onChange }: { nodes: string[]; node?: string; onChange(node?: string): void }) {
  const t = useExploreStrings();
  if (nodes.length === 0) return null;
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('where')}
      data={[{ value: here, label: t('thisMachine') }, ...nodes.map((value) => ({ value, label: value }))]}
      value={node ?? here}
      onChange={(value) => onChange(value === here ? undefined : value)}
      data-testid="explore-node"
    />
  );
}

export function ExplorePanel({ lesson }: { lesson: LessonView }) {
  const t = useExploreStrings();
  const text = useText();
  const { explored, running: stepRunning, step } = useLessons();
  const waiting = useEngine().state === 'unavailable';
  const [clipboardProblem, setClipboardProblem] = useState<string>();
  const { container, terminal } = useTerminal((error) => setClipboardProblem(messageOf(error)));
  const nodes = useMemo(() => lessonNodes(lesson), [lesson]);
  const [chosen, setNode] = useState<string>();
  const node = chosen && nodes.includes(chosen) ? chosen : undefined;
  const { mode, request } = useExploreTerminal(terminal, {
    lesson,
    node,
    t,
    text,
    explored,
    stepRunning,
    openStep: step?.id,
  });

  // A request names where its line runs; it is typed once the prompt shows that place.
  const [asked, setAsked] = useState<ExploreRequest>();
  // Also a request made before this panel's code loaded: it waits for this listener.
  useEffect(
    () =>
      onPanelRequest((next) => {
        if (next.panel !== 'explore') return;
        const { panel: _, node: at, ...line } = next;
        if (line.line !== undefined) setNode(at);
        setAsked({ ...line });
      }, 'explore'),
    [],
  );
  useEffect(() => {
    if (asked) request(asked);
  }, [asked, request]);

  const dark = useComputedColorScheme('light') === 'dark';
  return (
    <Stack gap="xs" p="xs" h="100%" mih={0} data-testid="explore-panel">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text size="xs" id="explore-hint">
          {t('hint')}
        </Text>
        <Group gap={4} wrap="nowrap">
          <ClipboardButtons terminal={terminal} onError={(error) => setClipboardProblem(messageOf(error))} />
        </Group>
      </Group>
      <NodePicker nodes={nodes} node={node} onChange={setNode} />
      {waiting && <EngineWaiting />}
      {clipboardProblem && (
        <Text size="xs" c="red">
          {clipboardProblem}
        </Text>
      )}
      <Box
        ref={container}
        data-testid="explore-terminal"
        role="group"
        aria-label={t('terminal')}
        aria-describedby="explore-hint"
        flex={1}
        mih={240}
        p={4}
        bg={dark ? 'dark.8' : 'white'}
        bd="1px solid var(--mantine-color-default-border)"
      />
      <ModeLine mode={mode} />
    </Stack>
  );
}
