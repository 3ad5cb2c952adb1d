/** Header above; lessons on the left; the step and the panels side by side, resizable. */
import { AppShell, Splitter } from '@mantine/core';
import { shellLayout } from '@shared/shell-layout';
import { useRef } from 'react';
import { EngineDown, useEngine } from '../features/engine';
import { LessonNavigator, StepView } from '../features/lessons';
import classes from './app.module.css';
import { ConnectionLost } from './ConnectionLost';
import { Header } from './Header';
import { PanelArea } from './PanelArea';
import { useSeparatorLabel } from './separator';
import { useSavedSettings } from './settings';
import { useAppStrings } from './useAppStrings';

export function Shell() {
  const t = useAppStrings();
  const engine = useEngine();
  // Once the panels have shown something, an engine that goes away leaves them in place, each waiting for it.
  const seenEngine = useRef(false);
  if (engine.state === 'connected') seenEngine.current = true;
  useSavedSettings();
  const separator = useSeparatorLabel(t('resizePanels'));
  return (
    <AppShell
      header={{ height: shellLayout.headerHeight }}
      navbar={{ width: shellLayout.navbarWidth, breakpoint: 0 }}
      padding={0}
    >
      <AppShell.Header>
        <Header />
      </AppShell.Header>
      <ConnectionLost />
      <AppShell.Navbar aria-label={t('lessonsNav')}>
        <LessonNavigator />
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        <Splitter className={classes.split} ref={separator}>
          <Splitter.Pane defaultSize={shellLayout.stepPanePercent} min="360px" className={classes.pane}>
            <StepView />
          </Splitter.Pane>
          <Splitter.Pane defaultSize={100 - shellLayout.stepPanePercent} min="320px" className={classes.pane}>
            {/* Without an engine the panels have nothing to show: the report of what was tried takes their place. */}
            {engine.state === 'unavailable' && !seenEngine.current ? <EngineDown status={engine} /> : <PanelArea />}
          </Splitter.Pane>
        </Splitter>
      </AppShell.Main>
    </AppShell>
  );
}
