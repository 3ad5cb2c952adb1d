/** The diagram's sizes (in px at zoom 1) and the shapes its layout hands to React Flow. */
export const containerWidth = 170;
export const containerHeight = 64;
export const networkWidth = 200;
/** Between containers, in a network's grid and in a band. */
export const gap = 12;
/** A network group: its name and facts on top, its containers in a grid below. */
export const networkHeaderHeight = 56;
export const networkPadding = 12;
/** The space for a band with nothing in it, between two network groups. */
export const groupGap = 24;
/** Above and below a band of containers that are on several networks. */
export const bandMargin = 36;
/** The narrowest diagram the layout makes: one container per row. */
export const minDiagramWidth = containerWidth + 2 * networkPadding;

export interface Placed<T> {
  id: string;
  x: number;
  y: number;
  item: T;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /**
   * `up`: from a container (or node) below its network's group; `down`: to a group further down,
   * the next one; `around`: to a group further down, past the ones in between (drawn on their right);
   * `node-endpoint`: from a container inside a playground node down to a network there; `link`: legacy link.
   */
  kind: 'up' | 'down' | 'around' | 'node-endpoint' | 'link';
  /** Which of its container's edges of this kind it is (0, 1, …): labels are staggered by it. */
  order: number;
}
