/**
 * The diagram's kinds of node: networks, containers and playground nodes (a group around the containers
 * inside it); each carries data-testid="node-<name>", a network inside the nodes "span-<name>".
 */
import { Group, Loader, Paper, Text } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { containerWidth, networkWidth } from './layout';
import { groupHeight } from './layout-nodes';
import type { TopologyContainer, TopologyNetwork, TopologyNode } from './topology';

/** `nodes`: a network inside playground nodes, drawn once below them, `width` wide. */
export type NetworkNode = Node<{ network: TopologyNetwork; width?: number; nodes?: string[] }, 'network'>;
export type ContainerNode = Node<{ container: TopologyContainer }, 'container'>;
export type GroupNode = Node<{ node: TopologyNode; width: number }, 'playground'>;

// Edges need handles to attach to; they are not for the learner to drag, so they stay invisible.
const hidden = { opacity: 0, pointerEvents: 'none' } as const;

function NetworkNodeView({ data: { network, width, nodes } }: NodeProps<NetworkNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={nodes ? `span-${network.name}` : `node-${network.name}`}
      withBorder
      p="xs"
      w={width ?? networkWidth}
      ta={nodes ? 'center' : undefined}
      radius="sm"
      bg="var(--mantine-color-body)"
      style={{ borderWidth: 2, borderColor: network.ours ? 'var(--mantine-color-blue-filled)' : undefined }}
    >
      <Text size="sm" fw={700} truncate>
        {network.name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {[network.driver, network.subnet].filter(Boolean).join(' · ')}
      </Text>
      {nodes && (
        <Text size="xs" truncate>
          {t('onNodes', { nodes: nodes.join(', ') })}
        </Text>
      )}
      {network.lesson && (
        <Text size="xs" c="blue">
          {t('lessonBadge', { lesson: network.lesson })}
        </Text>
      )}
      <Handle type="target" position={nodes ? Position.Top : Position.Bottom} isConnectable={false} style={hidden} />
    </Paper>
  );
}

function ContainerNodeView({ data: { container } }: NodeProps<ContainerNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={`node-${container.name}`}
      withBorder
      p="xs"
      w={containerWidth}
      radius="lg"
      bg="var(--mantine-color-default)"
      opacity={container.running ? 1 : 0.6}
    >
      <Handle id="network" type="source" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="sm" fw={600} truncate>
        {container.name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {[
          container.image,
          container.service && t('taskOf', { service: container.service }),
          !container.running && t('stopped'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Handle id="link-out" type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
      <Handle id="link-in" type="target" position={Position.Bottom} isConnectable={false} style={hidden} />
      <Handle id="network-below" type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
    </Paper>
  );
}

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
function GroupNodeView({ data: { node, width } }: NodeProps<GroupNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={`node-${node.name}`}
      withBorder
      p="xs"
      w={width}
      h={groupHeight}
      radius="md"
      bg="var(--mantine-color-gray-light)"
      style={{ borderWidth: 2, borderStyle: 'dashed', borderColor: 'var(--mantine-color-violet-filled)' }}
    >
      <Handle id="network" type="source" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="sm" fw={700} c="violet" truncate>
        {node.name}
      </Text>
      <Text size="xs" c="dimmed" truncate mb={6}>
        {t('playgroundNode')}
      </Text>
      <GroupContents node={node} />
    </Paper>
  );
}

export const nodeTypes = { network: NetworkNodeView, container: ContainerNodeView, playground: GroupNodeView };
