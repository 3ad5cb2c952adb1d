import { Table, Text, Title } from '@mantine/core';
import type { EngineStatus } from '@shared/contract';
import { productKey, useEngineStrings } from './useEngineStrings';

type Connected = Extract<EngineStatus, { state: 'connected' }>;

export function EngineDetails({ status: { identity, endpoint } }: { status: Connected }) {
  const t = useEngineStrings();
  const rows: Array<[string, string]> = [
    [t('product'), t(productKey[identity.product])],
    [t('version'), identity.version],
    [t('apiVersion'), identity.apiVersion],
    [t('host'), [identity.operatingSystem, `${identity.os}/${identity.arch}`].filter(Boolean).join(' · ')],
    [t('source'), endpoint.label],
    [t('foundAt'), endpoint.url],
    [t('publishedHost'), endpoint.publishedHost],
  ];
  return (
    <>
      <Title order={3} size="h5" mb="xs">
        {t('details')}
      </Title>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="45%" fw={500} c="dimmed" fz="sm">
                {label}
              </Table.Th>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
