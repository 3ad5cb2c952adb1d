/**
 * What the list shows: the window of newest lines (or the snapshot taken when pausing), or with a
 * search the lines that match; either way with older lines paged in from the main process's history,
 * which holds every line: a search finds lines long gone from the window.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { entriesOf, filterLines, type LogEntry } from './log-buffer';
import type { Follow } from './use-follow';
import type { LogFeed } from './use-log-feed';

const pageSize = 1000;
/** Older lines a reader can page in before the oldest go again (the history still has them). */
const olderCap = 50_000;
const searchDelayMs = 150;

export interface LogView {
  lines: readonly LogEntry[];
  /** How many of `lines` were paged in before the first: the list keeps its place when it grows upwards. */
  prepended: number;
  /** Changes when the list shows other lines (a search, a Clear, a jump to the latest): it starts afresh at the bottom. */
  listKey: string;
  /** A page of older lines (a no-op while following without a search, or while a page is on its way). */
  loadOlder(): void;
}

interface Pages {
  reading: string;
  older: LogEntry[];
  more: boolean;
}

export function useLogView(feed: LogFeed, follow: Follow, query: string, onlyMatching: boolean): LogView {
  const needle = onlyMatching ? query.trim() : '';
  const base = useMemo(() => (needle ? filterLines(follow.source, needle) : follow.source), [follow.source, needle]);
  // Older pages stay joined to what they were read for: one search, or one pause of the live window.
  const moment = needle ? 'search' : follow.following ? 'live' : `paused ${follow.source[0]?.seq}`;
  const reading = `${moment}\u0000${needle}\u0000${feed.from}`;
  const [pages, setPages] = useState<Pages>({ reading, older: [], more: true });
  const resumes = useRef({ following: follow.following, count: 0 });
  if (follow.following && !resumes.current.following) resumes.current.count++;
  resumes.current.following = follow.following;
  const current = pages.reading === reading ? pages : { reading, older: [], more: true };

  const state = useRef({ current, base, window: follow.source, feed, needle, loading: '' });
  state.current = { ...state.current, current, base, window: follow.source, feed, needle };

  const loadOlder = useCallback(() => {
    const { current, base, window, feed, needle, loading } = state.current;
    if (current.reading.startsWith('live') || !current.more || loading === current.reading) return;
    if (current.older.length >= olderCap) return;
    const before = (current.older[0] ?? base[0] ?? window[0])?.seq ?? feed.next;
    state.current.loading = current.reading;
    const input = { before, from: feed.from, limit: pageSize, ...(needle ? { query: needle } : {}) };
    void api.call('logs.history', input).then(
      (page) => {
        if (state.current.loading === current.reading) state.current.loading = '';
        setPages((previous) => {
          if (state.current.current.reading !== current.reading) return previous;
          const older = previous.reading === current.reading ? previous.older : [];
          return { reading: current.reading, older: entriesOf(page).concat(older), more: page.more };
        });
      },
      () => {
        state.current.loading = '';
      },
    );
  }, []);

  // A search reads the history at once (after a pause in the typing); more pages as the reader scrolls up.
  useEffect(() => {
    if (!needle) return;
    const timer = setTimeout(loadOlder, searchDelayMs);
    return () => clearTimeout(timer);
  }, [needle, loadOlder]);

  const lines = useMemo(() => (current.older.length ? current.older.concat(base) : base), [current.older, base]);
  const listKey = `${needle}\u0000${feed.from}\u0000${resumes.current.count}`;
  return { lines, prepended: current.older.length, listKey, loadOlder };
}
