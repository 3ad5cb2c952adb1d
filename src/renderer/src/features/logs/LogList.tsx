import { useEffect, useRef } from 'react';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import { LogRow } from './LogRow';
import type { LogEntry } from './log-buffer';
import { useScrollUpIntent } from './use-scroll-intent';

interface Props {
  lines: readonly LogEntry[];
  query: string;
  timestamps: boolean;
  following: boolean;
  label: string;
  onScrolledUp(): void;
}

/** The virtualized list: only the rows in view are in the DOM, however many lines the buffer holds. */
export function LogList({ lines, query, timestamps, following, label, onScrolledUp }: Props) {
  const list = useRef<VirtuosoHandle>(null);
  const scrollerRef = useScrollUpIntent(onScrolledUp);

  useEffect(() => {
    if (following) list.current?.scrollToIndex({ index: 'LAST', align: 'end' });
  }, [following]);

  return (
    <Virtuoso
      // Mounted afresh when the first lines arrive: it starts at the bottom only when it mounts with data.
      key={lines.length === 0 ? 'empty' : 'lines'}
      initialTopMostItemIndex={{ index: 'LAST', align: 'end' }}
      ref={list}
      data={lines}
      style={{ height: '100%' }}
      computeItemKey={(_, line) => line.seq}
      // A function: followed even when a flood has kept the list off its bottom.
      followOutput={() => (following ? 'auto' : false)}
      scrollerRef={scrollerRef}
      tabIndex={0}
      // A label needs a role to be read out; a region, not role="log", which would announce every new line.
      role="region"
      aria-label={label}
      itemContent={(_, line) => <LogRow line={line} query={query} timestamps={timestamps} />}
    />
  );
}
