/** The layout as React Flow's nodes and edges, keeping those that did not change (React Flow skips them). */
import { type Edge, MarkerType } from '@xyflow/react';
import type { ContainerNode, NetworkNode } from './DiagramNodes';
import type { Highlights } from './highlight';
import { containerNodeId, type Diagram, type DiagramEdge } from './layout';
import type { GroupNode, SpanNode } from './PlaygroundNodes';

// Nodes glide to their new place when a snapshot changes the layout.
const moving = { transition: 'transform 400ms ease' };

export type DiagramNode = NetworkNode | ContainerNode | GroupNode | SpanNode;

/** Parents come before their children, as React Flow wants. */
export function toNodes(diagram: Diagram, highlights: Highlights): DiagramNode[] {
  return [
    ...diagram.networks.map(
      (n): NetworkNode => ({
        id: n.id,
        type: 'network',
        position: { x: n.x, y: n.y },
        data: { network: n.item, width: n.width, height: n.height, highlight: highlights.get(n.item.name) },
        style: moving,
      }),
    ),
    ...diagram.containers.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        position: { x: c.x, y: c.y },
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
        data: { node: g.item, width: g.width, highlight: highlights.get(g.item.name) },
        style: moving,
      }),
    ),
    ...diagram.inner.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        parentId: containerNodeId(c.node),
        position: { x: c.x, y: c.y },
        data: { container: c.item, inside: false },
      }),
    ),
    ...diagram.spans.map(
      (s): SpanNode => ({
        id: s.id,
        type: 'span',
        position: { x: s.x, y: s.y },
        data: { network: s.item.network, width: s.width, nodes: s.item.nodes },
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

/** Equal fields, and fields that are objects (position, data) with equal fields. */
export function sameTwoDeep(a: Shallow, b: Shallow): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (x === y) return true;
    if (!isObject(x) || !isObject(y) || Object.keys(x).length !== Object.keys(y).length) return false;
    return Object.keys(x).every((inner) => x[inner] === y[inner]);
  });
}

/** `after`, but each item equal to the one of its id in `before` is that one. */
export function keepUnchanged<T extends { id: string }>(before: ReadonlyMap<string, T>, after: T[]): T[] {
  return after.map((item) => {
    const kept = before.get(item.id);
    return kept && sameTwoDeep(kept as unknown as Shallow, item as unknown as Shallow) ? kept : item;
  });
}
