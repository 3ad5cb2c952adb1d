/**
 * Logs, Networks, Console and Explore in tabs; Alt+1/2/3/4 switch between them from anywhere, and any
 * feature may ask for one (requestPanel).
 */
import { Center, Loader, Tabs, Tooltip } from '@mantine/core';
import { useHotkeys, useLocalStorage } from '@mantine/hooks';
import { IconListDetails, IconNetwork, IconPrompt, IconTerminal2 } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useLessons } from '../features/lessons';
import classes from './app.module.css';
import { onPanelRequest, type Panel } from './panel-requests';
import { ariaShortcut, shortcuts, useShortcutLabel } from './shortcuts';
import { useAppStrings } from './useAppStrings';

// Each panel's code (React Flow, xterm, the log list) loads when the panel is first shown, not with the page;
// pointing at a tab starts loading it.
const load = {
  logs: () => import('../features/logs').then((m) => ({ default: m.LogsPanel })),
  networks: () => import('../features/networks').then((m) => ({ default: m.NetworksPanel })),
  console: () => import('../features/console').then((m) => ({ default: m.ConsolePanel })),
  explore: () => import('../features/explore').then((m) => ({ default: m.ExplorePanel })),
} satisfies Record<Panel, unknown>;
const LogsPanel = lazy(load.logs);
const NetworksPanel = lazy(load.networks);
const ConsolePanel = lazy(load.console);
const ExplorePanel = lazy(load.explore);

const panels = [
  { value: 'logs', icon: IconListDetails },
  { value: 'networks', icon: IconNetwork },
  { value: 'console', icon: IconTerminal2 },
  { value: 'explore', icon: IconPrompt },
] as const;

/** While a panel's code loads: a spinner where the panel will be, so nothing around it moves. */
function Loading({ children }: { children: ReactNode }) {
  const t = useAppStrings();
  return (
    <Suspense
      fallback={
        <Center h="100%" data-testid="panel-loading">
          <Loader size="sm" aria-label={t('panelLoading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * The panels shown so far: each is mounted when first shown and then kept (a console keeps its session).
 * None before the lesson is on screen: its text comes first, the open panel's code right after.
 */
function useShown(panel: Panel, lessonShown: boolean): ReadonlySet<Panel> {
  const [shown, setShown] = useState<ReadonlySet<Panel>>(() => new Set());
  if (lessonShown && !shown.has(panel)) setShown(new Set([...shown, panel]));
  return shown;
}

export function PanelArea() {
  const t = useAppStrings();
  const keys = useShortcutLabel();
  const { lesson, step, loadError } = useLessons();
  // Read at once: a first render with the default would load the logs' code for nothing.
  const [panel, setPanel] = useLocalStorage<Panel>({
    key: 'panel',
    defaultValue: 'logs',
    getInitialValueInEffect: false,
  });
  const shown = useShown(panel, step !== undefined || loadError !== undefined);

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
              onPointerEnter={() => void load[value]()}
            >
              {t(value)}
            </Tabs.Tab>
          </Tooltip>
        ))}
      </Tabs.List>
      <Tabs.Panel value="logs" className={classes.panel}>
        <Loading>{shown.has('logs') && <LogsPanel />}</Loading>
      </Tabs.Panel>
      <Tabs.Panel value="networks" className={classes.panel}>
        <Loading>{shown.has('networks') && <NetworksPanel />}</Loading>
      </Tabs.Panel>
      <Tabs.Panel value="console" className={classes.panel}>
        <Loading>{shown.has('console') && lesson && <ConsolePanel lesson={lesson} />}</Loading>
      </Tabs.Panel>
      <Tabs.Panel value="explore" className={classes.panel}>
        <Loading>{shown.has('explore') && lesson && <ExplorePanel lesson={lesson} />}</Loading>
      </Tabs.Panel>
    </Tabs>
  );
}
