/**
 * Logs, Networks, Console and Explore in tabs; Alt+1/2/3/4 switch between them from anywhere, and any
 * feature may ask for one (requestPanel).
 */
import { Tabs, Tooltip } from '@mantine/core';
import { useHotkeys, useLocalStorage } from '@mantine/hooks';
import { IconListDetails, IconNetwork, IconPrompt, IconTerminal2 } from '@tabler/icons-react';
import { useEffect } from 'react';
import { ConsolePanel } from '../features/console';
import { ExplorePanel } from '../features/explore';
import { useLessons } from '../features/lessons';
import { LogsPanel } from '../features/logs';
import { NetworksPanel } from '../features/networks';
import classes from './app.module.css';
import { onPanelRequest } from './panel-requests';
import { ariaShortcut, shortcuts, useShortcutLabel } from './shortcuts';
import { useAppStrings } from './useAppStrings';

const panels = [
  { value: 'logs', icon: IconListDetails },
  { value: 'networks', icon: IconNetwork },
  { value: 'console', icon: IconTerminal2 },
  { value: 'explore', icon: IconPrompt },
] as const;

type Panel = (typeof panels)[number]['value'];

export function PanelArea() {
  const t = useAppStrings();
  const keys = useShortcutLabel();
  const { lesson } = useLessons();
  const [panel, setPanel] = useLocalStorage<Panel>({ key: 'panel', defaultValue: 'logs' });

  // Also from inside the console's terminal, which is a text area.
  useHotkeys(
    panels.map(({ value }) => [shortcuts[value], () => setPanel(value), { usePhysicalKeys: true }]),
    [],
  );
  useEffect(() => onPanelRequest((request) => setPanel(request.panel)), [setPanel]);

  return (
    <Tabs
      value={panel}
      onChange={(value) => value && setPanel(value as Panel)}
      className={classes.panels}
      keepMounted
      keepMountedMode="display-none"
      aria-label={t('panels')}
    >
      <Tabs.List>
        {panels.map(({ value, icon: Icon }) => (
          <Tooltip key={value} label={t('shortcutPanel', { panel: t(value) })} withArrow openDelay={400}>
            <Tabs.Tab
              value={value}
              leftSection={<Icon size={16} />}
              rightSection={<span className={classes.kbd}>{keys(value)}</span>}
              aria-keyshortcuts={ariaShortcut(value)}
              data-testid={`tab-${value}`}
            >
              {t(value)}
            </Tabs.Tab>
          </Tooltip>
        ))}
      </Tabs.List>
      <Tabs.Panel value="logs" className={classes.panel}>
        <LogsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="networks" className={classes.panel}>
        <NetworksPanel />
      </Tabs.Panel>
      <Tabs.Panel value="console" className={classes.panel}>
        {lesson && <ConsolePanel lesson={lesson} />}
      </Tabs.Panel>
      <Tabs.Panel value="explore" className={classes.panel}>
        {lesson && <ExplorePanel lesson={lesson} />}
      </Tabs.Panel>
    </Tabs>
  );
}
