import { Box, Center, Group, Loader, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { StreamNotice } from '../engine';
import { highlightsOf } from './highlight';
import { NetworkCard } from './NetworkCard';
import { strings } from './strings';
import { TopologyDiagram } from './TopologyDiagram';
import {
  attachmentsByNetwork,
  connectable,
  lessonsOnly,
  nodeAttachments,
  nodeNetworks,
  stoppedOneOffs,
  withoutStoppedOneOffs,
} from './topology';
import { useRunningStep } from './use-running-step';
import { useTopology } from './use-topology';

registerStrings('networks', strings);

/** The engine's networks and who is on them, live: also changes made with the docker CLI. */
export function NetworksPanel() {
  const { t } = useTranslation('networks');
  const { latest: snapshot, ...stream } = useTopology();
  const [scoped, setScoped] = useState(false);
  const [showStopped, setShowStopped] = useState(false);
  const running = useRunningStep();
  const highlights = useMemo(() => (snapshot ? highlightsOf(snapshot, running) : new Map()), [snapshot, running]);
  const topology = useMemo(() => {
    if (!snapshot) return undefined;
    const shown = showStopped ? snapshot : withoutStoppedOneOffs(snapshot);
    return scoped ? lessonsOnly(shown) : shown;
  }, [snapshot, showStopped, scoped]);
  const attachments = useMemo(() => attachmentsByNetwork(topology ?? { containers: [] }), [topology]);
  const notice = <StreamNotice waiting={stream.waiting} failed={stream.failed} onReconnect={stream.reconnect} />;

  if (!snapshot || !topology) {
    return (
      <Stack p="xs" data-testid="networks-panel">
        {notice}
        {!stream.waiting && !stream.failed && (
          <Center p="lg">
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('waiting')}
              </Text>
            </Group>
          </Center>
        )}
      </Stack>
    );
  }
  return (
    // The panel scrolls itself: the diagram and the cards are taller than the space the app gives it.
    <Box h="100%" style={{ overflowY: 'auto' }} data-testid="networks-panel">
      <Stack gap="sm" p="xs">
        {notice}
        <Group gap="lg">
          <Switch
            size="xs"
            label={t('lessonsOnly')}
            checked={scoped}
            onChange={(event) => setScoped(event.currentTarget.checked)}
          />
          <Switch
            size="xs"
            label={t('showStopped', { count: stoppedOneOffs(scoped ? lessonsOnly(snapshot) : snapshot) })}
            checked={showStopped}
            onChange={(event) => setShowStopped(event.currentTarget.checked)}
            data-testid="show-stopped"
          />
        </Group>
        <TopologyDiagram topology={topology} highlights={highlights} />
        {topology.networks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('noNetworks')}
          </Text>
        )}
        <SimpleGrid type="container" cols={{ base: 1, '900px': 2 }} spacing="sm">
          {topology.networks.map((network) => (
            <NetworkCard
              key={network.name}
              network={network}
              attachments={attachments.get(network.name) ?? []}
              candidates={connectable(topology, network)}
            />
          ))}
          {nodeNetworks(topology).map((span) => (
            <NetworkCard
              key={span.network.id}
              network={span.network}
              nodes={span.nodes}
              attachments={nodeAttachments(topology, span)}
              candidates={[]}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Box>
  );
}
