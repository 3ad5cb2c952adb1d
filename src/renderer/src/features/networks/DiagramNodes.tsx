/** The diagram's two kinds of node; each carries data-testid="node-<name>". */
import { Paper, Text } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { containerWidth, networkWidth } from './layout';
import type { TopologyContainer, TopologyNetwork } from './topology';

export type NetworkNode = Node<{ network: TopologyNetwork }, 'network'>;
export type ContainerNode = Node<{ container: TopologyContainer }, 'container'>;

// Edges need handles to attach to; they are not for the learner to drag, so they stay invisible.
const hidden = { opacity: 0, pointerEvents: 'none' } as const;

function NetworkNodeView({ data: { network } }: NodeProps<NetworkNode>) {
  const { t } = useTranslation('networks');
  return (
    <Paper
      data-testid={`node-${network.name}`}
      withBorder
      p="xs"
      w={networkWidth}
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
      {network.lesson && (
        <Text size="xs" c="blue">
          {t('lessonBadge', { lesson: network.lesson })}
        </Text>
      )}
      <Handle type="target" position={Position.Bottom} isConnectable={false} style={hidden} />
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
        {container.running ? container.image : `${container.image} · ${t('stopped')}`}
      </Text>
      <Handle id="link-out" type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
      <Handle id="link-in" type="target" position={Position.Bottom} isConnectable={false} style={hidden} />
    </Paper>
  );
}

export const nodeTypes = { network: NetworkNodeView, container: ContainerNodeView };
