import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';

type EndpointEdgeType = Edge<{ order: number }, 'endpoint'>;

/**
 * The point at `t` of the curve React Flow draws from a top handle to a bottom one (its control
 * points sit level with the middle, straight above and below the ends).
 */
function pointOnCurve(t: number, sx: number, sy: number, tx: number, ty: number) {
  const midY = (sy + ty) / 2;
  const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
  return { x: (a + b) * sx + (c + d) * tx, y: a * sy + (b + c) * midY + d * ty };
}

/**
 * A container's edge to a network, labelled with its IPv4 address and aliases there. Labels sit
 * near the container, one higher than the other when it is on several networks, so they don't overlap.
 */
export function EndpointEdge({ id, label, style, markerEnd, data, ...geometry }: EdgeProps<EndpointEdgeType>) {
  const [path] = getBezierPath(geometry);
  const t = 0.2 + 0.22 * (data?.order ?? 0);
  const { x, y } = pointOnCurve(t, geometry.sourceX, geometry.sourceY, geometry.targetX, geometry.targetY);
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {label && (
        <EdgeLabelRenderer>
          <div
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`,
              fontSize: 10,
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
