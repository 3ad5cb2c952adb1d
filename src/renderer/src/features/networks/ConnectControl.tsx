import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton';
import { firstChoice, type TopologyContainer, type TopologyNetwork } from './topology';
import type { NetworkAction } from './use-network-action';

interface Props {
  network: TopologyNetwork & { lesson: string };
  candidates: TopologyContainer[];
  action: NetworkAction;
}

/** Picks one of the lesson's containers that is not on this network yet and connects it. */
export function ConnectControl({ network, candidates, action }: Props) {
  const { t } = useTranslation('networks');
  const [chosen, setChosen] = useState<string | null>(null);
  const container = candidates.find((candidate) => candidate.name === chosen)?.name ?? firstChoice(candidates)?.name;
  if (!container) return null;
  return (
    <Group gap="xs" align="end">
      <Select
        size="xs"
        label={t('chooseContainer')}
        data={candidates.map((candidate) => candidate.name)}
        value={container}
        onChange={setChosen}
        allowDeselect={false}
        w={200}
      />
      <ActionButton
        kind="connect"
        input={{ lesson: network.lesson, network: network.name, container }}
        action={action}
      />
    </Group>
  );
}
