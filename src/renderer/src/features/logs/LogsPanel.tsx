import { Box, Button, Center, Stack, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconArrowDown } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { loadSettings, saveSettings } from '../../app/settings';
import { StreamNotice } from '../engine';
import { downloadText } from './export';
import { LogList } from './LogList';
import { RowFontsPrimer, type RowLabels } from './LogRow';
import { LogsToolbar, type LogView } from './LogsToolbar';
import { formatLines, logFileName } from './log-format';
import { strings } from './strings';
import { useFollow } from './use-follow';
import { useLogFeed } from './use-log-feed';
import { useLogView } from './use-log-view';

registerStrings('logs', strings);

/** The list's size comes from the panel, never from its rows: a flood's re-layouts stay inside it. */
const listContainment = { contain: 'strict' } as const;

/** Live output of every container the app created, newest at the bottom. */
export function LogsPanel() {
  const { t } = useTranslation('logs');
  const feed = useLogFeed();
  const follow = useFollow(feed.lines);
  const clipboard = useClipboard({ timeout: 2000 });
  const [view, setView] = useState<LogView>({ query: '', onlyMatching: true, timestamps: false });
  // The Timestamps toggle is a setting: kept across reloads and restarts.
  useEffect(() => {
    void loadSettings().then(({ timestamps }) => {
      if (timestamps !== undefined) setView((current) => ({ ...current, timestamps }));
    });
  }, []);
  const list = useLogView(feed, follow, view.query, view.onlyMatching);
  const shown = list.lines;
  // The toolbar's handlers stay the same functions: a flood re-renders the panel, not its controls.
  const latest = useRef({ shown, timestamps: view.timestamps, copy: clipboard.copy });
  latest.current = { shown, timestamps: view.timestamps, copy: clipboard.copy };
  const { clear: clearFeed } = feed;
  const { pause, resume } = follow;
  const onView = useCallback((change: Partial<LogView>) => {
    if (change.timestamps !== undefined) saveSettings({ timestamps: change.timestamps });
    setView((current) => ({ ...current, ...change }));
  }, []);
  const onFollow = useCallback((on: boolean) => (on ? resume() : pause()), [pause, resume]);
  const onCopy = useCallback(() => {
    const { shown, timestamps, copy } = latest.current;
    copy(formatLines(shown, timestamps));
  }, []);
  const onSave = useCallback(() => {
    const { shown, timestamps } = latest.current;
    downloadText(formatLines(shown, timestamps), logFileName(new Date()));
  }, []);
  const onClear = useCallback(() => {
    clearFeed();
    resume();
  }, [clearFeed, resume]);
  const rowLabels = useMemo<RowLabels>(
    () => ({ stderr: t('stderr'), stderrHint: t('stderrHint'), onNode: (node) => t('onNode', { node }) }),
    [t],
  );

  return (
    <Stack gap="xs" p="xs" h="100%" mih={0} data-testid="logs-panel">
      <LogsToolbar
        view={view}
        onView={onView}
        following={follow.following}
        onFollow={onFollow}
        copied={clipboard.copied}
        onCopy={onCopy}
        onSave={onSave}
        onClear={onClear}
        shown={shown.length}
        total={feed.next - feed.from}
      />
      {clipboard.error && (
        <Text size="xs" c="red">
          {t('copyFailed', { message: clipboard.error.message })}
        </Text>
      )}
      <StreamNotice waiting={feed.waiting} failed={feed.error} onReconnect={feed.reconnect} />
      <Box
        pos="relative"
        flex={1}
        mih={0}
        bd="1px solid var(--mantine-color-default-border)"
        style={listContainment}
        data-testid="logs-list"
      >
        <RowFontsPrimer />
        <LogList
          lines={shown}
          prepended={list.prepended}
          listKey={list.listKey}
          onTopReached={list.loadOlder}
          query={view.query}
          timestamps={view.timestamps}
          following={follow.following}
          label={t('title')}
          rowLabels={rowLabels}
          onScrolledUp={pause}
        />
        {shown.length === 0 && (
          <Center pos="absolute" inset={0} p="md" style={{ pointerEvents: 'none' }}>
            <Text size="sm" c="dimmed" ta="center">
              {view.onlyMatching && view.query.trim() ? t('noMatches', { query: view.query.trim() }) : t('empty')}
            </Text>
          </Center>
        )}
        {!follow.following && (
          <Button
            pos="absolute"
            bottom={12}
            right={16}
            size="xs"
            leftSection={<IconArrowDown size={14} />}
            onClick={follow.resume}
          >
            {t('jumpToLatest', { count: follow.newCount })}
          </Button>
        )}
      </Box>
    </Stack>
  );
}
