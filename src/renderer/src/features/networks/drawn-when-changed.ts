import { type ComponentType, memo } from 'react';
import { sameDeep } from './diagram-nodes';

/**
 * A diagram node's view, drawn again only when its data changed: React Flow also passes a node's
 * position, and a node that only moves (one more container above it) needs no new contents.
 */
export function drawnWhenChanged<P extends { data: Record<string, unknown> }>(view: ComponentType<P>) {
  return memo(view, (before, after) => sameDeep(before.data, after.data, 2));
}
