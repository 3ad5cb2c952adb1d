/**
 * Playground nodes in the diagram: a node (a group around the containers its own engine runs,
 * data-testid="node-<name>") and a network inside the nodes, drawn once below them ("span-<name>").
 */
import { Badge, Group, Loader, Paper, Text } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useLessonTitle } from '../lessons';
import { hidden, highlightStyle, label } from './diagram-style';
import { drawnWhenChanged } from './drawn-when-changed';
import type { Highlight } from './highlight';
import { groupHeight, spanHeight } from './layout-nodes';
import type { TopologyNetwork, TopologyNode } from './topology';

export type GroupNode = Node<{ node: TopologyNode; width: number; highlight?: Highlight }, 'playground'>;
export type SpanNode = Node<{ network: TopologyNetwork; width: number; nodes: string[] }, 'span'>;

function GroupContents({ node }: { node: TopologyNode }) {
  const { t } = useTranslation('networks');
  if (!node.reachable)
    return (
      <Group gap={6}>
        <Loader size={12} />
        <Text size="xs" c="dimmed">
          {t('nodeStarting')}
        </Text>
      </Group>
    );
  if (node.containers.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('nodeEmpty')}
      </Text>
    );
  return null;
}

/** A playground node: a machine of its own, drawn around the containers its engine runs. */
function GroupNodeView({ data: { node, width, highlight } }: NodeProps<GroupNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={`node-${node.name}`}
      data-highlight={highlight}
      withBorder
      p="xs"
      w={width}
      h={groupHeight}
      radius="md"
      bg="var(--mantine-color-gray-light)"
      style={{
        borderWidth: 2,
        borderStyle: 'dashed',
        borderColor: 'var(--mantine-color-violet-filled)',
        ...highlightStyle(highlight),
      }}
    >
      <Handle id="up" type="source" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="sm" fw={700} c="violet" truncate {...label}>
        {node.name}
      </Text>
      <Text size="xs" c="dimmed" truncate mb={6}>
        {t('playgroundNode')}
      </Text>
      <GroupContents node={node} />
      <Handle id="down" type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
      <Handle id="side" type="source" position={Position.Right} isConnectable={false} style={hidden} />
    </Paper>
  );
}

function SpanNodeView({ data: { network, width, nodes } }: NodeProps<SpanNode>) {
  const { t } = useTranslation('networks');
  const lessonTitle = useLessonTitle();
  return (
    <Paper
      data-testid={`span-${network.name}`}
      withBorder
      p="xs"
      w={width}
      h={spanHeight}
      ta="center"
      radius="sm"
      bg="var(--mantine-color-body)"
      style={{ borderWidth: 2, borderColor: network.ours ? 'var(--mantine-color-blue-filled)' : undefined }}
    >
      <Handle id="top" type="target" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="sm" fw={700} truncate {...label}>
        {network.name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {[network.driver, network.subnet].filter(Boolean).join(' · ')}
      </Text>
      <Text size="xs" truncate>
        {t('onNodes', { nodes: nodes.join(', ') })}
      </Text>
      {network.lesson && (
        <Badge size="sm" variant="light" maw="100%">
          {t('lessonBadge', { lesson: lessonTitle(network.lesson) })}
        </Badge>
      )}
    </Paper>
  );
}

export const playgroundNodeTypes = {
  playground: drawnWhenChanged(GroupNodeView),
  span: drawnWhenChanged(SpanNodeView),
};
