/**
 * Under a step's commands: its first command typed into the Explore terminal for the learner to change
 * and run, and a shell in a throwaway container on each of the lesson's networks that exist now.
 */
import { Button, Group, Menu } from '@mantine/core';
import type { StepView } from '@shared/contract';
import { IconChevronDown, IconPrompt, IconTerminal } from '@tabler/icons-react';
import { requestPanel } from '../../app/panel-requests';
import { useTopology } from '../networks/use-topology';
import { shellCommand, shellPlaces } from './lesson-places';
import { useExploreStrings } from './useExploreStrings';

export function TryItYourself({ lesson, step }: { lesson: string; step: StepView }) {
  const t = useExploreStrings();
  // The networks panel's own subscription, shared (the panel need not be open).
  const { latest: topology } = useTopology();
  const places = shellPlaces(topology, lesson);
  const first = step.actions[0];
  if (!first) return null;
  return (
    <Group gap="xs" data-testid="try-it-yourself">
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPrompt size={14} />}
        title={t('tryItHint')}
        onClick={() => requestPanel({ panel: 'explore', line: first.command, node: first.node })}
        data-testid="try-it"
      >
        {t('tryIt')}
      </Button>
      {places.length > 0 && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconTerminal size={14} />}
              rightSection={<IconChevronDown size={14} />}
              aria-label={t('shellsLabel')}
              data-testid="try-shell"
            >
              {t('shells')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {places.map(({ network, node }) => (
              <Menu.Item
                key={`${node ?? ''}/${network}`}
                onClick={() => requestPanel({ panel: 'explore', line: shellCommand(network), run: true, node })}
                data-testid={`shell-on-${network}`}
              >
                {node ? t('shellOnNode', { network, node }) : t('shellOn', { network })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
