/** The layout as React Flow's nodes and edges, keeping those that did not change (React Flow skips them). */
import { type Edge, MarkerType, type NodeHandle } from '@xyflow/react';
import type { ContainerNode, NetworkNode } from './DiagramNodes';
import type { Highlights } from './highlight';
import { containerHeight, containerNodeId, containerWidth, type Diagram, type DiagramEdge } from './layout';
import { groupHeight, spanHeight } from './layout-nodes';
import {
  containerHandles,
  type HandleSpec,
  networkHandles,
  placedHandles,
  playgroundHandles,
  spanHandles,
} from './NodeHandles';
import type { GroupNode, SpanNode } from './PlaygroundNodes';

// Nodes glide to their new place when a snapshot changes the layout.
const moving = { transition: 'transform 400ms ease' };

export type DiagramNode = NetworkNode | ContainerNode | GroupNode | SpanNode;

type Sized = { width: number; height: number; handles: NodeHandle[] };
const sizes = new Map<HandleSpec[], Map<string, Sized>>();
/** Sizes kept per kind of node: a window being resized makes a new width at every step. */
const keptSizes = 256;

/**
 * A node's size, as the layout made it, and where its edges attach: React Flow need not measure it.
 * The same kind and size gets the same object, so comparing a node with its last one (keepUnchanged)
 * stops at the handles' identity instead of walking them: with hundreds of containers it was most of
 * the diagram's own work per snapshot.
 */
function sized(specs: HandleSpec[], width: number, height: number): Sized {
  const known = sizes.get(specs) ?? new Map<string, Sized>();
  sizes.set(specs, known);
  const key = `${width}x${height}`;
  const size = known.get(key) ?? { width, height, handles: placedHandles(specs, width, height) };
  known.delete(key);
  known.set(key, size); // the most recently used last; the least recently used goes first
  if (known.size > keptSizes) known.delete(known.keys().next().value as string);
  return size;
}

/** Parents come before their children, as React Flow wants. */
export function toNodes(diagram: Diagram, highlights: Highlights): DiagramNode[] {
  const container = sized(containerHandles, containerWidth, containerHeight);
  return [
    ...diagram.networks.map(
      (n): NetworkNode => ({
        id: n.id,
        type: 'network',
        position: { x: n.x, y: n.y },
        ...sized(networkHandles, n.width, n.height),
        data: { network: n.item, highlight: highlights.get(n.item.name) },
        style: moving,
      }),
    ),
    ...diagram.containers.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        position: { x: c.x, y: c.y },
        ...container,
        ...(c.parent ? { parentId: c.parent } : {}),
        data: { container: c.item, inside: c.parent !== undefined, highlight: highlights.get(c.item.name) },
        style: moving,
      }),
    ),
    ...diagram.groups.map(
      (g): GroupNode => ({
        id: g.id,
        type: 'playground',
        position: { x: g.x, y: g.y },
        ...sized(playgroundHandles, g.width, groupHeight),
        data: { node: g.item, highlight: highlights.get(g.item.name) },
        style: moving,
      }),
    ),
    ...diagram.inner.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        parentId: containerNodeId(c.node),
        position: { x: c.x, y: c.y },
        ...container,
        data: { container: c.item, inside: false },
      }),
    ),
    ...diagram.spans.map(
      (s): SpanNode => ({
        id: s.id,
        type: 'span',
        position: { x: s.x, y: s.y },
        ...sized(spanHandles, s.width, spanHeight),
        data: { network: s.item.network, nodes: s.item.nodes },
        style: moving,
      }),
    ),
  ];
}

const handles: Record<Exclude<DiagramEdge['kind'], 'link'>, { sourceHandle: string; targetHandle: string }> = {
  up: { sourceHandle: 'up', targetHandle: 'bottom' },
  down: { sourceHandle: 'down', targetHandle: 'top' },
  around: { sourceHandle: 'side', targetHandle: 'side' },
  'node-endpoint': { sourceHandle: 'down', targetHandle: 'top' },
};

export function toEdge(edge: DiagramEdge): Edge {
  const common = { id: edge.id, source: edge.source, target: edge.target, label: edge.label, focusable: false };
  if (edge.kind !== 'link') {
    return {
      ...common,
      type: 'endpoint',
      ...handles[edge.kind],
      data: { order: edge.order, around: edge.kind === 'around' },
    };
  }
  return {
    ...common,
    type: 'smoothstep',
    sourceHandle: 'link-out',
    targetHandle: 'link-in',
    style: { strokeDasharray: '6 4' },
    markerEnd: { type: MarkerType.ArrowClosed },
  };
}

type Shallow = Record<string, unknown>;
const isObject = (value: unknown): value is Shallow => typeof value === 'object' && value !== null;

/** The same, or objects (and arrays) whose fields are the same down to `depth` levels. */
export function sameDeep(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || !isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameDeep(a[key], b[key], depth - 1));
}

/** `after`, but each item equal to the one of its id in `before` (to its handles' places) is that one. */
export function keepUnchanged<T extends { id: string }>(before: ReadonlyMap<string, T>, after: T[]): T[] {
  return after.map((item) => {
    const kept = before.get(item.id);
    return kept && sameDeep(kept, item, 3) ? kept : item;
  });
}
