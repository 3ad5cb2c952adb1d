/**
 * Where the diagram's edges attach: each kind of node's handles, drawn (invisible) by its view and
 * declared on its React Flow node with their place, so React Flow never has to measure a node to draw
 * its edges (the published way to skip it: a node's `width`, `height` and `handles`). Without them, every
 * node a change moved was re-measured, and with onlyRenderVisibleElements mounted even off screen.
 */
import { Handle, type NodeHandle, Position } from '@xyflow/react';

export interface HandleSpec {
  id: string;
  type: 'source' | 'target';
  position: Position;
}

export const containerHandles: HandleSpec[] = [
  { id: 'up', type: 'source', position: Position.Top },
  { id: 'down', type: 'source', position: Position.Bottom },
  { id: 'side', type: 'source', position: Position.Right },
  { id: 'link-out', type: 'source', position: Position.Bottom },
  { id: 'link-in', type: 'target', position: Position.Bottom },
];
export const networkHandles: HandleSpec[] = [
  { id: 'top', type: 'target', position: Position.Top },
  { id: 'bottom', type: 'target', position: Position.Bottom },
  { id: 'side', type: 'target', position: Position.Right },
];
export const playgroundHandles: HandleSpec[] = [
  { id: 'up', type: 'source', position: Position.Top },
  { id: 'down', type: 'source', position: Position.Bottom },
  { id: 'side', type: 'source', position: Position.Right },
];
export const spanHandles: HandleSpec[] = [{ id: 'top', type: 'target', position: Position.Top }];

/** A handle's box, centred on the middle of its side (React Flow's stylesheet centres it so). */
const size = 6;
// Edges need handles to attach to; they are not for the learner to drag, so they stay invisible.
const style = {
  opacity: 0,
  pointerEvents: 'none',
  width: size,
  height: size,
  minWidth: 0,
  minHeight: 0,
  border: 0,
} as const;

const offsets: Record<Position, (width: number, height: number) => { x: number; y: number }> = {
  [Position.Top]: (width) => ({ x: width / 2, y: 0 }),
  [Position.Bottom]: (width, height) => ({ x: width / 2, y: height }),
  [Position.Right]: (width, height) => ({ x: width, y: height / 2 }),
  [Position.Left]: (_, height) => ({ x: 0, y: height / 2 }),
};

/** The handles of a node `width` x `height`, where its view draws them. */
export function placedHandles(specs: HandleSpec[], width: number, height: number): NodeHandle[] {
  return specs.map(({ id, type, position }) => {
    const middle = offsets[position](width, height);
    return { id, type, position, x: middle.x - size / 2, y: middle.y - size / 2, width: size, height: size };
  });
}

export function NodeHandles({ of }: { of: HandleSpec[] }) {
  return of.map(({ id, type, position }) => (
    <Handle key={id} id={id} type={type} position={position} isConnectable={false} style={style} />
  ));
}
