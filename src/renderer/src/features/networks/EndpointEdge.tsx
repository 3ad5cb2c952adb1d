import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  getBezierPath,
  getSmoothStepPath,
} from '@xyflow/react';

/** `around`: to a network group further down, past the ones in between, on their right. */
type EndpointEdgeType = Edge<{ order: number; around?: boolean }, 'endpoint'>;

/** The diagram's smallest text: at the diagram's least zoom (11/12) it is still 11 px on screen. */
export const edgeLabelSize = 12;

/**
 * The point at `t` of the curve React Flow draws between a top and a bottom handle (its control
 * points sit level with the middle, straight above and below the ends).
 */
function pointOnCurve(t: number, sx: number, sy: number, tx: number, ty: number) {
  const midY = (sy + ty) / 2;
  const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
  return { x: (a + b) * sx + (c + d) * tx, y: a * sy + (b + c) * midY + d * ty };
}

function route({ data, ...geometry }: Omit<EdgeProps<EndpointEdgeType>, 'id' | 'label' | 'style' | 'markerEnd'>) {
  if (data?.around) {
    const [path, x, y] = getSmoothStepPath({ ...geometry, offset: 24 + 8 * (data.order ?? 0) });
    return { path, x, y };
  }
  const [path] = getBezierPath(geometry);
  const t = 0.35 + 0.2 * (data?.order ?? 0);
  return { path, ...pointOnCurve(t, geometry.sourceX, geometry.sourceY, geometry.targetX, geometry.targetY) };
}

/**
 * A container's edge to a network, labelled with its IPv4 address and aliases there. Labels of one
 * container's edges sit at different heights, so they don't overlap.
 */
export function EndpointEdge({ id, label, style, markerEnd, ...rest }: EdgeProps<EndpointEdgeType>) {
  const { path, x, y } = route(rest);
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {label && (
        <EdgeLabelRenderer>
          <div
            data-diagram-label
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`,
              fontSize: edgeLabelSize,
              fontFamily: 'var(--mantine-font-family-monospace)',
              padding: '1px 4px',
              borderRadius: 4,
              background: 'var(--mantine-color-body)',
              border: '1px solid var(--mantine-color-default-border)',
              pointerEvents: 'none',
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { endpoint: EndpointEdge };
