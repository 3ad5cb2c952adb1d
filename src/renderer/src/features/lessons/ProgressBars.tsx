/** Pull progress per layer, and a build's "Step N/M" as one determinate bar. */
import { Progress, Stack, Text } from '@mantine/core';
import type { ProgressEvent } from '@shared/results';
import { useLessonsStrings } from './useLessonsStrings';

const buildStep = /^Step (\d+)\/(\d+)/;
const finished = /complete|already exists/i;

function percent(progress: ProgressEvent): number | undefined {
  if (progress.kind === 'build') {
    const [, n, of] = buildStep.exec(progress.status) ?? [];
    return n && of ? (Number(n) / Number(of)) * 100 : undefined;
  }
  if (progress.current !== undefined && progress.total) return (progress.current / progress.total) * 100;
  return finished.test(progress.status) ? 100 : undefined;
}

function Bar({ progress }: { progress: ProgressEvent }) {
  const value = percent(progress);
  const label = progress.kind === 'build' ? progress.status : `${progress.id} · ${progress.status}`;
  return (
    <div>
      <Text size="xs" ff="monospace" c="dimmed" truncate="end">
        {label}
      </Text>
      <Progress
        value={value ?? 100}
        striped={value === undefined}
        animated={value === undefined}
        color={value === 100 ? 'teal' : undefined}
        size="sm"
        aria-label={label}
        transitionDuration={200}
      />
    </div>
  );
}

export function ProgressBars({ progress, status }: { progress: Record<string, ProgressEvent>; status?: string }) {
  const t = useLessonsStrings();
  const groups = new Map<string, ProgressEvent[]>();
  for (const event of Object.values(progress)) {
    const key = `${event.kind} ${event.image}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  if (groups.size === 0 && !status) return null;
  const statusShown = status && !Object.values(progress).some((event) => event.status === status);
  return (
    <Stack gap={6} data-testid="progress" aria-live="polite">
      {[...groups].map(([key, events]) => (
        <Stack key={key} gap={4}>
          <Text size="sm" fw={600}>
            {t(events[0]?.kind === 'build' ? 'building' : 'pulling', { image: events[0]?.image ?? '' })}
          </Text>
          {events.map((event) => (
            <Bar key={event.id ?? event.kind} progress={event} />
          ))}
        </Stack>
      ))}
      {statusShown && (
        <Text size="xs" c="dimmed" ff="monospace" truncate="end">
          {status}
        </Text>
      )}
    </Stack>
  );
}
