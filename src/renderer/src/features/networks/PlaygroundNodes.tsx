/**
 * Playground nodes in the diagram: a node (a group around the containers its own engine runs,
 * data-testid="node-<name>") and a network inside the nodes, drawn once below them ("span-<name>").
 */
import { Badge, Group, Loader, Paper, Text } from '@mantine/core';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useLessonTitle } from '../lessons';
import { highlightStyle, label } from './diagram-style';
import { drawnWhenChanged } from './drawn-when-changed';
import type { Highlight } from './highlight';
import { NodeHandles, playgroundHandles, spanHandles } from './NodeHandles';
import type { TopologyNetwork, TopologyNode } from './topology';

export type GroupNode = Node<{ node: TopologyNode; highlight?: Highlight }, 'playground'>;
export type SpanNode = Node<{ network: TopologyNetwork; nodes: string[] }, 'span'>;

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
function GroupNodeView({ data: { node, highlight } }: NodeProps<GroupNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={`node-${node.name}`}
      data-highlight={highlight}
      withBorder
      p="xs"
      w="100%"
      h="100%"
      radius="md"
      bg="var(--mantine-color-gray-light)"
      style={{
        borderWidth: 2,
        borderStyle: 'dashed',
        borderColor: 'var(--mantine-color-violet-filled)',
        ...highlightStyle(highlight),
      }}
    >
      <NodeHandles of={playgroundHandles} />
      <Text size="sm" fw={700} c="violet" truncate {...label}>
        {node.name}
      </Text>
      <Text size="xs" c="dimmed" truncate mb={6}>
        {t('playgroundNode')}
      </Text>
      <GroupContents node={node} />
    </Paper>
  );
}

function SpanNodeView({ data: { network, nodes } }: NodeProps<SpanNode>) {
  const { t } = useTranslation('networks');
  const lessonTitle = useLessonTitle();
  return (
    <Paper
      data-testid={`span-${network.name}`}
      withBorder
      p="xs"
      w="100%"
      h="100%"
      ta="center"
      radius="sm"
      bg="var(--mantine-color-body)"
      style={{ borderWidth: 2, borderColor: network.ours ? 'var(--mantine-color-blue-filled)' : undefined }}
    >
      <NodeHandles of={spanHandles} />
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
