import { useEffect, useRef } from 'react';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import { LogRow, type RowLabels } from './LogRow';
import type { LogEntry } from './log-buffer';
import { useScrollUpIntent } from './use-scroll-intent';

/** Virtuoso's index of the first line when nothing was paged in above it (it may only go down). */
const firstIndex = 10_000_000;

interface Props {
  lines: readonly LogEntry[];
  /** Lines paged in above the first one the list showed. */
  prepended: number;
  /** Another key (a search, a Clear, a jump to the latest) mounts the list afresh, at the bottom. */
  listKey: string;
  onTopReached(): void;
  query: string;
  timestamps: boolean;
  following: boolean;
  label: string;
  rowLabels: RowLabels;
  onScrolledUp(): void;
}

/** The virtualized list: only the rows in view are in the DOM, however many lines the buffer holds. */
export function LogList(props: Props) {
  const { lines, prepended, listKey, onTopReached, query, timestamps, following, label, rowLabels, onScrolledUp } =
    props;
  const list = useRef<VirtuosoHandle>(null);
  // Read when a frame comes, by which time the reader may have scrolled up (before the pause re-renders).
  const follows = useRef(following);
  follows.current = following;
  const scrollerRef = useScrollUpIntent(() => {
    follows.current = false;
    onScrolledUp();
  });
  const newest = lines.at(-1)?.seq;
  const count = useRef(lines.length);

  // followOutput reacts only when the count grows: a full window gets new lines at the same count (or
  // fewer, after a skip). While it grows, followOutput alone scrolls: two scrolls a batch cost a layout each.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new newest line is what it follows
  useEffect(() => {
    const grew = lines.length > count.current;
    count.current = lines.length;
    if (following && !grew) list.current?.scrollToIndex({ index: 'LAST', align: 'end' });
  }, [following, newest]);

  return (
    <Virtuoso
      // Mounted afresh when the first lines arrive: it starts at the bottom only when it mounts with data.
      key={lines.length === 0 ? 'empty' : listKey}
      initialTopMostItemIndex={{ index: 'LAST', align: 'end' }}
      ref={list}
      data={lines}
      style={{ height: '100%' }}
      // Keyed by place, not by line: while following, the rows in view stay and show the newest lines
      // instead of being unmounted and mounted afresh each time (lines paged in above keep their index).
      computeItemKey={(index) => index}
      firstItemIndex={firstIndex - prepended}
      startReached={onTopReached}
      // A function: followed even when a flood has kept the list off its bottom.
      followOutput={() => (following ? 'auto' : false)}
      // Rows can grow with no new line (the panel narrowed, timestamps shown, a row measured late): followOutput
      // does not see it, so the bottom is taken back once the frame has the new heights.
      totalListHeightChanged={() =>
        requestAnimationFrame(() => follows.current && list.current?.scrollTo({ top: Number.MAX_SAFE_INTEGER }))
      }
      scrollerRef={scrollerRef}
      tabIndex={0}
      // A label needs a role to be read out; a region, not role="log", which would announce every new line.
      role="region"
      aria-label={label}
      itemContent={(_, line) => <LogRow line={line} query={query} timestamps={timestamps} labels={rowLabels} />}
    />
  );
}
