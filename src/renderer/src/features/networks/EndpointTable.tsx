import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngine } from '../engine';
import { ActionButton } from './ActionButton';
import { reportsDnsNames } from './engine-api';
import { type Attachment, sameAttachment, sameLesson, type TopologyNetwork } from './topology';
import type { NetworkAction } from './use-network-action';

interface Props {
  network: TopologyNetwork;
  attachments: Attachment[];
  action: NetworkAction;
}

interface RowProps extends Omit<Props, 'attachments'> {
  attachment: Attachment;
  /** The table has a Node column (the network is inside playground nodes). */
  withNode: boolean;
  /** The table has a DNS names column (the engine reports them). */
  withDns: boolean;
}

function EndpointRowView({ network, attachment: { container, endpoint, node }, action, withNode, withDns }: RowProps) {
  const { t } = useTranslation('networks');
  const where = node ? `${node}/${container.name}` : container.name;
  return (
    <Table.Tr data-testid={`endpoint-${network.name}-${where}`}>
      {withNode && <Table.Td fw={600}>{node}</Table.Td>}
      <Table.Td>
        <Text size="sm" fw={500} span>
          {container.name}
        </Text>
        {!container.running && (
          <Badge size="xs" color="gray" variant="light" ml={4}>
            {t('stopped')}
          </Badge>
        )}
        {container.links.map((link) => (
          <Text key={`${link.target}:${link.alias}`} size="xs" c="dimmed">
            {t('linkTo', { target: link.target, alias: link.alias })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td ff="monospace">{endpoint.ipv4}</Table.Td>
      <Table.Td>{endpoint.aliases.join(', ')}</Table.Td>
      {withDns && <Table.Td>{endpoint.dnsNames.join(', ')}</Table.Td>}
      <Table.Td>
        {!node && sameLesson(network, container) && network.lesson && (
          <ActionButton
            kind="disconnect"
            compact
            input={{ lesson: network.lesson, network: network.name, container: container.name }}
            action={action}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const EndpointRow = memo(
  EndpointRowView,
  ({ attachment: a, ...before }, { attachment: b, ...after }) =>
    sameAttachment(a, b) &&
    before.network === after.network &&
    before.action === after.action &&
    before.withNode === after.withNode &&
    before.withDns === after.withDns,
);

/** The containers on a network, with their addresses and the names they answer to there. */
export function EndpointTable({ network, attachments, action }: Props) {
  const { t } = useTranslation('networks');
  const withNode = attachments.some((attachment) => attachment.node);
  const withDns = reportsDnsNames(useEngine());
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table fz="sm" verticalSpacing={4} horizontalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {withNode && <Table.Th>{t('node')}</Table.Th>}
            <Table.Th>{t('container')}</Table.Th>
            <Table.Th>{t('ipv4')}</Table.Th>
            <Table.Th>{t('aliases')}</Table.Th>
            {withDns && <Table.Th>{t('dnsNames')}</Table.Th>}
            <Table.Th>
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attachments.map((attachment) => (
            <EndpointRow
              key={attachment.container.id}
              network={network}
              attachment={attachment}
              action={action}
              withNode={withNode}
              withDns={withDns}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
