/** Containers in rows of as many as fit a width, by name: a new one moves only those after it. */
import { containerHeight, containerWidth, gap } from './layout-types';

export const columnsIn = (width: number) => Math.max(1, Math.floor((width + gap) / (containerWidth + gap)));

/** The height of `count` containers in rows `width` wide (0 for none). */
export function gridHeight(count: number, width: number): number {
  const rows = Math.ceil(count / columnsIn(width));
  return rows === 0 ? 0 : rows * (containerHeight + gap) - gap;
}

/** The place of the `index`th container, from the grid's top left corner. */
export function gridCell(index: number, width: number): { x: number; y: number } {
  const columns = columnsIn(width);
  return {
    x: (index % columns) * (containerWidth + gap),
    y: Math.floor(index / columns) * (containerHeight + gap),
  };
}
