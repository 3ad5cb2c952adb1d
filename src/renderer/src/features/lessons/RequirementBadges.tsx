/** What a lesson needs of the engine, as badges; each says what it means (tooltip, and to screen readers). */
import { Badge, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import type { LessonView } from '@shared/contract';
import { useEngine } from '../engine';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

type Requirement = 'legacyLinks' | 'privileged' | 'swarm';

/** Each requirement, its explanation, and whether Podman can meet it. */
const requirements: Array<{ key: Requirement; hint: `${Requirement}Hint`; podman: boolean }> = [
  { key: 'legacyLinks', hint: 'legacyLinksHint', podman: false },
  { key: 'privileged', hint: 'privilegedHint', podman: true },
  { key: 'swarm', hint: 'swarmHint', podman: false },
];

export function RequirementBadges({ lesson }: { lesson: LessonView }) {
  const t = useLessonsStrings();
  const engine = useEngine();
  const onPodman = engine.state === 'connected' && engine.identity.product === 'podman';
  const needed = requirements.filter(({ key }) => lesson.requires[key]);
  if (needed.length === 0) return null;
  return (
    <Group gap={4} role="list" aria-label={t('requirements')} data-testid={`requirements-${lesson.id}`}>
      {needed.map(({ key, hint, podman }) => {
        const blocked = onPodman && !podman;
        return (
          <Tooltip
            key={key}
            label={t(hint)}
            multiline
            w={260}
            withArrow
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              role="listitem"
              tabIndex={0}
              size="xs"
              variant="light"
              className={classes.requirement}
              data-testid={`requirement-${key}`}
              data-blocked={blocked}
            >
              {t(key)}
              <VisuallyHidden>: {t(hint)}</VisuallyHidden>
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
