import { Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPanel } from '../../app/panel-requests';
import { shellCommand } from '../explore/lesson-places';
import { useLessonTitle } from '../lessons';
import { ActionOutcome } from './ActionOutcome';
import { ConnectControl } from './ConnectControl';
import { EndpointTable } from './EndpointTable';
import { type Attachment, sameAttachment, sameItems, type TopologyContainer, type TopologyNetwork } from './topology';
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
  const lessonTitle = useLessonTitle();
  const facts = [
    [t('driver'), network.driver],
    [t('subnet'), network.subnet],
    [t('gateway'), network.gateway],
  ].filter((fact): fact is [string, string] => fact[1] !== undefined);
  return (
    // Shrinks beside the Open a shell button; a long lesson title is cut short, not the card made wider.
    <Stack gap={2} miw={0} flex={1}>
      <Group gap="xs">
        <Text fw={700}>{network.name}</Text>
        {nodes && (
          <Badge size="sm" variant="light" color="violet" maw="100%">
            {t('onNodes', { nodes: nodes.join(', ') })}
          </Badge>
        )}
        {network.ours && network.lesson && (
          <Tooltip label={t('createdByApp', { lesson: network.lesson })} withArrow>
            <Badge size="sm" variant="light" tabIndex={0} maw="100%">
              {t('lessonBadge', { lesson: lessonTitle(network.lesson) })}
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

/** A throwaway shell on the network in the Explore terminal, to ping and look up names from there. */
function OpenShell({ network }: { network: string }) {
  const { t } = useTranslation('networks');
  const line = shellCommand(network);
  return (
    <Button
      size="compact-xs"
      variant="light"
      aria-label={t('openShellLabel', { network })}
      title={line}
      onClick={() => requestPanel({ panel: 'explore', line, run: true })}
      data-testid={`open-shell-${network}`}
    >
      {t('openShell')}
    </Button>
  );
}

/** One network: its facts, who is on it, and (for a lesson's network) connect and disconnect. */
function NetworkCardView({ network, attachments, candidates, nodes }: Props) {
  const { t } = useTranslation('networks');
  const action = useNetworkAction();
  const { lesson } = network;
  return (
    <Card
      withBorder
      padding="sm"
      miw={0}
      data-testid={nodes ? `node-network-${network.name}` : `network-${network.name}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="start" wrap="nowrap">
          <NetworkHeader network={network} nodes={nodes} />
          {!nodes && <OpenShell network={network.name} />}
        </Group>
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

/** A candidate to connect is shown by its name, and picked first when it runs (ConnectControl). */
const sameChoice = (a: TopologyContainer, b: TopologyContainer) => a.name === b.name && a.running === b.running;

/** Drawn again only when its network, who is on it, or who could join changed. */
export const NetworkCard = memo(
  NetworkCardView,
  (before, after) =>
    before.network === after.network &&
    sameItems(before.candidates, after.candidates, sameChoice) &&
    sameItems(before.nodes, after.nodes) &&
    sameItems(before.attachments, after.attachments, sameAttachment),
);
