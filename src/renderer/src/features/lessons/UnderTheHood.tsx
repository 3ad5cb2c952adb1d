/** The Engine API calls an action made: what `docker …` really asks the engine. */
import { Badge, Button, Code, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ApiCall } from '@shared/results';
import { IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { compactBody, requestLine, tellingFields } from './apiCall';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

const methodColor: Record<string, string> = { GET: 'blue', POST: 'teal', DELETE: 'red', PUT: 'orange' };

function CallRow({ call }: { call: ApiCall }) {
  const t = useLessonsStrings();
  const body = compactBody(call.body);
  return (
    <Stack component="li" gap={4} className={classes.call} data-testid="api-call">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {/* Never shrinks: a long path beside it once cut POST down to "PO…". */}
        <Badge
          size="sm"
          radius="sm"
          variant="light"
          color={methodColor[call.method] ?? 'gray'}
          miw={64}
          style={{ flex: 'none' }}
          data-testid="api-method"
        >
          {call.method}
        </Badge>
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {requestLine(call)}
        </Text>
      </Group>
      {tellingFields(call.body).map(([field, value]) => (
        <Text key={field} size="xs" ff="monospace" pl={72} style={{ wordBreak: 'break-all' }}>
          <Text span c="dimmed" inherit>
            {field}:{' '}
          </Text>
          {value}
        </Text>
      ))}
      {body && (
        <Code block className={classes.body} aria-label={t('body')} ml={72}>
          {body}
        </Code>
      )}
    </Stack>
  );
}

export function UnderTheHood({ calls }: { calls: ApiCall[] }) {
  const t = useLessonsStrings();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <div>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        leftSection={<IconChevronRight size={14} className={classes.chevron} data-open={opened} />}
        data-testid="under-the-hood"
      >
        {t('underTheHood')}
        <Text span size="xs" c="dimmed" ml={6}>
          {calls.length}
        </Text>
      </Button>
      <Collapse expanded={opened} id={id}>
        <Stack gap={4} mt="xs">
          <Text size="xs" c="dimmed">
            {calls.length > 0 ? t('apiCalls', { n: calls.length }) : t('noApiCalls')}
          </Text>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {calls.map((call, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same request can be made twice
              <CallRow key={i} call={call} />
            ))}
          </Stack>
        </Stack>
      </Collapse>
    </div>
  );
}
