/** An interactive action (`docker run -it …`) run in the Explore terminal, where the learner types into it. */
import { Button } from '@mantine/core';
import { IconPrompt } from '@tabler/icons-react';
import { requestPanel } from '../../app/panel-requests';
import { useExploreStrings } from './useExploreStrings';

export function OpenInExplore({ command, node }: { command: string; node?: string }) {
  const t = useExploreStrings();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPrompt size={14} />}
      title={t('openInExploreHint')}
      onClick={() => requestPanel({ panel: 'explore', line: command, run: true, node })}
      data-testid="open-in-explore"
    >
      {t('openInExplore')}
    </Button>
  );
}
