import { Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Topology } from '@shared/contract';
import { useTranslation } from 'react-i18next';
import { ActionOutcome } from './ActionOutcome';
import { ConnectControl } from './ConnectControl';
import { EndpointTable } from './EndpointTable';
import { attachmentsOf, connectable, type TopologyNetwork } from './topology';
import { useNetworkAction } from './use-network-action';

function NetworkHeader({ network }: { network: TopologyNetwork }) {
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
export function NetworkCard({ network, topology }: { network: TopologyNetwork; topology: Topology }) {
  const { t } = useTranslation('networks');
  const action = useNetworkAction();
  const attachments = attachmentsOf(topology, network.name);
  const { lesson } = network;
  return (
    <Card withBorder padding="sm" data-testid={`network-${network.name}`}>
      <Stack gap="xs">
        <NetworkHeader network={network} />
        {attachments.length > 0 ? (
          <EndpointTable network={network} attachments={attachments} action={action} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('noContainers')}
          </Text>
        )}
        {lesson && (
          <ConnectControl
            network={{ ...network, lesson }}
            candidates={connectable(topology, network)}
            action={action}
          />
        )}
        {action.outcome && <ActionOutcome outcome={action.outcome} onClose={action.dismiss} />}
      </Stack>
    </Card>
  );
}
