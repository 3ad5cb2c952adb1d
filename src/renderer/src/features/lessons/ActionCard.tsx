/** One action of a step: its command, and once run, its live output and then what came of it. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { StepView } from '@shared/contract';
import { OpenInExplore } from '../explore/OpenInExplore';
import { ActionFindings } from './ActionFindings';
import { ActionStatus } from './ActionStatus';
import { CommandBlock } from './CommandBlock';
import { OutputBlock } from './OutputBlock';
import { ProgressBars } from './ProgressBars';
import type { ActionRun } from './runs';

interface Props {
  index: number;
  action: StepView['actions'][number];
  run?: ActionRun;
  /** Whether the step is still running (an action without a result may have been cut short). */
  stepRunning: boolean;
  /** Numbers are only worth showing when a step has several actions. */
  numbered: boolean;
}

export function ActionCard({ index, action, run, numbered, stepRunning }: Props) {
  const result = run?.result;
  const live = !!run && !result && stepRunning;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`action-${index}`}
      data-state={result ? 'done' : run ? 'running' : 'idle'}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {numbered && (
            <Text size="sm" c="dimmed" fw={700} mt={6} w={16} ta="right" style={{ flex: 'none' }}>
              {index + 1}
            </Text>
          )}
          <div style={{ flex: 1, minWidth: 0 }}>
            <CommandBlock command={action.command} node={action.node} interactive={action.interactive} />
          </div>
        </Group>
        {action.interactive && (
          <Group pl={numbered ? 24 : 0}>
            <OpenInExplore command={action.command} node={action.node} />
          </Group>
        )}
        {run && (
          <Stack gap="sm" pl={numbered ? 24 : 0}>
            {(result || live) && <ActionStatus result={result} />}
            {live && <ProgressBars progress={run.progress} status={run.status} />}
            {(result || run.output.length > 0) && <OutputBlock index={index} output={run.output} follow={live} />}
            {result && <ActionFindings result={result} />}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
