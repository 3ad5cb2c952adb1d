/** A titled list of container or network names (or "none"). */
import { Code, Group, Stack, Text } from '@mantine/core';
import { useLessonsStrings } from './useLessonsStrings';

export function NameList({ title, names, testId }: { title: string; names: string[]; testId: string }) {
  const t = useLessonsStrings();
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {names.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {names.map((name) => (
            <li key={name}>
              <Code fz="sm">{name}</Code>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}
