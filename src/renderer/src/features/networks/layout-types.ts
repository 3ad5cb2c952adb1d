/** The diagram's sizes and the shapes its layout hands to React Flow. */
export const networkWidth = 200;
export const containerWidth = 170;
export const networkSpacing = networkWidth + 40;
export const containerSpacing = containerWidth + 24;
export const containerRowY = 200;

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
  /** `node-endpoint`: from a container inside a playground node down to a network there. */
  kind: 'endpoint' | 'node-endpoint' | 'link';
  /** Which of its container's edges of this kind it is (0, 1, …): labels are staggered by it. */
  order: number;
}
