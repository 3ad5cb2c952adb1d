/**
 * The diagram's networks (a group around the containers only on it) and containers; each carries
 * data-testid="node-<name>" and, while a step runs that is about it, data-highlight.
 */
import { Badge, Group, Paper, Text } from '@mantine/core';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useLessonTitle } from '../lessons';
import { highlightStyle, label } from './diagram-style';
import { drawnWhenChanged } from './drawn-when-changed';
import type { Highlight } from './highlight';
import { containerHandles, NodeHandles, networkHandles } from './NodeHandles';
import type { TopologyContainer, TopologyNetwork } from './topology';

export type NetworkNode = Node<{ network: TopologyNetwork; highlight?: Highlight }, 'network'>;
/** `inside`: in its network's group (its address there is on it, not on an edge). */
export type ContainerNode = Node<{ container: TopologyContainer; inside: boolean; highlight?: Highlight }, 'container'>;

function NetworkNodeView({ data: { network, highlight } }: NodeProps<NetworkNode>) {
  const { t } = useTranslation('networks');
  const lessonTitle = useLessonTitle();
  return (
    <Paper
      data-testid={`node-${network.name}`}
      data-highlight={highlight}
      withBorder
      p="xs"
      w="100%"
      h="100%"
      radius="md"
      bg="var(--mantine-color-blue-light)"
      style={{
        borderWidth: 2,
        borderColor: network.ours ? 'var(--mantine-color-blue-filled)' : undefined,
        ...highlightStyle(highlight),
      }}
    >
      <NodeHandles of={networkHandles} />
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={700} truncate maw="100%" style={{ flexShrink: 0 }} {...label}>
          {network.name}
        </Text>
        {network.lesson && (
          // The lesson's title is long: it gives way to the network's name.
          <Badge size="sm" variant="light" miw={0} style={{ flexShrink: 1 }}>
            {t('lessonBadge', { lesson: lessonTitle(network.lesson) })}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {[network.driver, network.subnet].filter(Boolean).join(' · ')}
      </Text>
    </Paper>
  );
}

/** A helper of the app goes by what it is for; any other container by its name. */
function useTitle(container: TopologyContainer): string {
  const { t } = useTranslation('networks');
  if (container.role === 'console') return t('roleConsole');
  if (container.role === 'explore-shell') return t('roleExploreShell');
  return container.name;
}

function details(container: TopologyContainer, inside: boolean, title: string): string[] {
  const address = inside ? container.endpoints.map((e) => [e.ipv4, ...e.aliases].filter(Boolean).join(' · ')) : [];
  return [
    title === container.name ? undefined : container.name,
    ...address,
    inside ? undefined : container.image,
  ].filter((part): part is string => Boolean(part));
}

function ContainerNodeView({ data: { container, inside, highlight } }: NodeProps<ContainerNode>) {
  const { t } = useTranslation('networks');
  const title = useTitle(container);
  const facts = [
    ...details(container, inside, title),
    container.service && t('taskOf', { service: container.service }),
    !container.running && t('stopped'),
  ];
  return (
    <Paper
      data-testid={`node-${container.name}`}
      data-highlight={highlight}
      data-role={container.role}
      withBorder
      p="xs"
      w="100%"
      h="100%"
      radius="lg"
      bg="var(--mantine-color-body)"
      title={[container.name, container.image].join(' · ')}
      style={{ borderStyle: container.running ? 'solid' : 'dashed', ...highlightStyle(highlight) }}
    >
      <NodeHandles of={containerHandles} />
      <Text size="sm" fw={600} truncate {...label}>
        {title}
      </Text>
      <Text size="xs" c="dimmed" truncate ff={inside ? 'monospace' : undefined}>
        {facts.filter(Boolean).join(' · ')}
      </Text>
    </Paper>
  );
}

export const networkNodeTypes = {
  network: drawnWhenChanged(NetworkNodeView),
  container: drawnWhenChanged(ContainerNodeView),
};
