import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';

/** `around`: to a network group further down, past the ones in between, on their right. */
type EndpointEdgeType = Edge<{ order: number; around?: boolean }, 'endpoint'>;

/** The diagram's smallest text: at the diagram's least zoom (11/12) it is still 11 px on screen. */
export const edgeLabelSize = 12;

/**
 * Straight up or down from the container: the network it goes to is as wide as the diagram (a network
 * inside playground nodes spans the nodes that have it), so it is met right above or below. Past a
 * group in between, the edge goes around the groups on their right instead.
 */
function route({ data, ...geometry }: Omit<EdgeProps<EndpointEdgeType>, 'id' | 'label' | 'style' | 'markerEnd'>) {
  if (data?.around) {
    const [path, x, y] = getSmoothStepPath({ ...geometry, offset: 24 + 8 * (data.order ?? 0) });
    return { path, x, y };
  }
  const { sourceX: x, sourceY, targetY } = geometry;
  return { path: `M ${x},${sourceY} L ${x},${targetY}`, x, y: (sourceY + targetY) / 2 };
}

/** A container's edge to a network, labelled with its IPv4 address and aliases there. */
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
