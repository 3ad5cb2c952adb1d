/** The header's engine status: what answers, its version and API version, and where it was found. */
import { Box, Group, Loader, Popover, Text, UnstyledButton } from '@mantine/core';
import { EngineDetails } from './EngineDetails';
import { useEngine } from './EngineProvider';
import classes from './engine.module.css';
import { productKey, useEngineStrings } from './useEngineStrings';

function Dot({ color }: { color: string }) {
  return <Box className={classes.dot} style={{ backgroundColor: `var(--mantine-color-${color}-filled)` }} />;
}

export function EngineStatusBadge() {
  const status = useEngine();
  const t = useEngineStrings();

  if (status.state !== 'connected') {
    const down = status.state === 'unavailable';
    return (
      <Group gap={8} data-testid="engine-status" data-state={status.state} role="status" aria-label={t('statusLabel')}>
        {down ? <Dot color="red" /> : <Loader size={12} />}
        <Text size="sm" c={down ? 'red' : 'dimmed'} fw={500}>
          {down ? t('unavailable') : t('connecting')}
        </Text>
      </Group>
    );
  }

  const { identity, endpoint } = status;
  return (
    <Popover position="bottom" shadow="md" width={360} withArrow>
      <Popover.Target>
        <UnstyledButton
          className={classes.status}
          data-testid="engine-status"
          data-state="connected"
          aria-label={`${t('details')}: ${t(productKey[identity.product])} ${identity.version}, ${t('apiShort', { version: identity.apiVersion })}, ${endpoint.url}`}
        >
          <Group gap={8} wrap="nowrap">
            <Dot color="teal" />
            <div>
              <Text size="sm" fw={600} lh={1.2}>
                {t(productKey[identity.product])} {identity.version}
                <Text span size="xs" c="dimmed" ml={6}>
                  {t('apiShort', { version: identity.apiVersion })}
                </Text>
              </Text>
              <Text size="xs" c="dimmed" ff="monospace" lh={1.3} truncate="end" maw={280}>
                {endpoint.label === endpoint.url ? endpoint.url : `${endpoint.label} · ${endpoint.url}`}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <EngineDetails status={status} />
      </Popover.Dropdown>
    </Popover>
  );
}
