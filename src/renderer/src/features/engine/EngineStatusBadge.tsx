/** The header's engine status: what answers, its version and API version, and where it was found. */
import { Box, Group, Loader, Popover, Text, UnstyledButton } from '@mantine/core';
import { EngineDetails } from './EngineDetails';
import { EngineDown } from './EngineDown';
import { useEngine } from './EngineProvider';
import classes from './engine.module.css';
import { productKey, useEngineStrings } from './useEngineStrings';

function Dot({ color }: { color: string }) {
  return <Box className={classes.dot} style={{ backgroundColor: `var(--mantine-color-${color}-filled)` }} />;
}

export function EngineStatusBadge() {
  const status = useEngine();
  const t = useEngineStrings();

  if (status.state === 'connecting') {
    return (
      <Group gap={8} data-testid="engine-status" data-state={status.state} role="status" aria-label={t('statusLabel')}>
        <Loader size={12} />
        <Text size="sm" c="dimmed" fw={500}>
          {t('connecting')}
        </Text>
      </Group>
    );
  }

  if (status.state === 'unavailable') {
    // The panels stay in place once the engine has been there: what was tried and the fix are one click away.
    return (
      <Popover position="bottom-end" shadow="md" width={440} withArrow>
        <Popover.Target>
          <UnstyledButton
            className={classes.status}
            data-testid="engine-status"
            data-state="unavailable"
            aria-label={`${t('statusLabel')}: ${t('unavailable')}`}
          >
            <Group gap={8} wrap="nowrap">
              <Dot color="red" />
              <Text size="sm" c="red" fw={500}>
                {t('unavailable')}
              </Text>
            </Group>
          </UnstyledButton>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          <Box h={460}>
            <EngineDown status={status} />
          </Box>
        </Popover.Dropdown>
      </Popover>
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
