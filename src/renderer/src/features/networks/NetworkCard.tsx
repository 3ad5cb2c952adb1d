import { Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionOutcome } from './ActionOutcome';
import { ConnectControl } from './ConnectControl';
import { EndpointTable } from './EndpointTable';
import type { Attachment, TopologyContainer, TopologyNetwork } from './topology';
import { useNetworkAction } from './use-network-action';

interface Props {
  network: TopologyNetwork;
  attachments: Attachment[];
  /** The lesson's containers that may be connected to it (none inside playground nodes). */
  candidates: TopologyContainer[];
  /** A network inside playground nodes: the nodes that have it. */
  nodes?: string[];
}

function NetworkHeader({ network, nodes }: Pick<Props, 'network' | 'nodes'>) {
  const { t } = useTranslation('networks');
  const facts = [
    [t('driver'), network.driver],
    [t('subnet'), network.subnet],
    [t('gateway'), network.gateway],
  ].filter((fact): fact is [string, string] => fact[1] !== undefined);
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text fw={700}>{network.name}</Text>
        {nodes && (
          <Badge size="sm" variant="light" color="violet">
            {t('onNodes', { nodes: nodes.join(', ') })}
          </Badge>
        )}
        {network.ours && network.lesson && (
          <Tooltip label={t('createdByApp', { lesson: network.lesson })} withArrow>
            <Badge size="sm" variant="light" tabIndex={0}>
              {t('lessonBadge', { lesson: network.lesson })}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {facts.map(([label, value]) => `${label}: ${value}`).join(' · ')}
      </Text>
    </Stack>
  );
}

/** One network: its facts, who is on it, and (for a lesson's network) connect and disconnect. */
export function NetworkCard({ network, attachments, candidates, nodes }: Props) {
  const { t } = useTranslation('networks');
  const action = useNetworkAction();
  const { lesson } = network;
  return (
    <Card withBorder padding="sm" data-testid={nodes ? `node-network-${network.name}` : `network-${network.name}`}>
      <Stack gap="xs">
        <NetworkHeader network={network} nodes={nodes} />
        {attachments.length > 0 ? (
          <EndpointTable network={network} attachments={attachments} action={action} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('noContainers')}
          </Text>
        )}
        {lesson && <ConnectControl network={{ ...network, lesson }} candidates={candidates} action={action} />}
        {action.outcome && <ActionOutcome outcome={action.outcome} onClose={action.dismiss} />}
      </Stack>
    </Card>
  );
}
