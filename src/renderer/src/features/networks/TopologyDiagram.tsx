import '@xyflow/react/dist/style.css';
import { Box, useComputedColorScheme } from '@mantine/core';
import type { Topology } from '@shared/contract';
import { Background, Controls, type Edge, MarkerType, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContainerNode, type GroupNode, type NetworkNode, nodeTypes } from './DiagramNodes';
import { edgeTypes } from './EndpointEdge';
import { containerNodeId, type Diagram, type DiagramEdge, layoutTopology } from './layout';
import { withoutIdleNetworks } from './topology';

// Nodes glide to their new place when a snapshot changes the layout.
const moving = { transition: 'transform 400ms ease' };

type DiagramNode = NetworkNode | ContainerNode | GroupNode;

/** The playground nodes: groups first (React Flow wants a parent before its children), then what is inside. */
function nodeGroups(diagram: Diagram): DiagramNode[] {
  return [
    ...diagram.groups.map(
      (g): GroupNode => ({
        id: g.id,
        type: 'playground',
        position: { x: g.x, y: g.y },
        data: { node: g.item, width: g.width },
        style: moving,
      }),
    ),
    ...diagram.inner.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        parentId: containerNodeId(c.node),
        position: { x: c.x, y: c.y },
        data: { container: c.item },
      }),
    ),
    ...diagram.spans.map(
      (s): NetworkNode => ({
        id: s.id,
        type: 'network',
        position: { x: s.x, y: s.y },
        data: { network: s.item.network, width: s.width, nodes: s.item.nodes },
        style: moving,
      }),
    ),
  ];
}

function toNodes(diagram: Diagram): DiagramNode[] {
  return [
    ...nodeGroups(diagram),
    ...diagram.networks.map(
      (n): NetworkNode => ({
        id: n.id,
        type: 'network',
        position: { x: n.x, y: n.y },
        data: { network: n.item },
        style: moving,
      }),
    ),
    ...diagram.containers.map(
      (c): ContainerNode => ({
        id: c.id,
        type: 'container',
        position: { x: c.x, y: c.y },
        data: { container: c.item },
        style: moving,
      }),
    ),
  ];
}

function toEdge(edge: DiagramEdge): Edge {
  const common = { id: edge.id, source: edge.source, target: edge.target, label: edge.label };
  if (edge.kind !== 'link') {
    const sourceHandle = edge.kind === 'endpoint' ? 'network' : 'network-below';
    return { ...common, type: 'endpoint', sourceHandle, data: { order: edge.order } };
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

/**
 * Fits the view again whenever the layout changes (a container came, went or moved) and when the
 * diagram gets a new size (also: shown for the first time in a tab that was mounted hidden).
 */
function FitOnChange({ layoutKey }: { layoutKey: string }) {
  const { fitView } = useReactFlow();
  const size = useStore((state) => `${state.width}x${state.height}`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: layoutKey and size are the triggers
  useEffect(() => {
    const frame = requestAnimationFrame(() => void fitView({ duration: 300, padding: 0.08, maxZoom: 1 }));
    return () => cancelAnimationFrame(frame);
  }, [layoutKey, size, fitView]);
  return null;
}

/** Networks and containers as a diagram: an edge per endpoint (IPv4, aliases), dashed edges for legacy links. */
export function TopologyDiagram({ topology }: { topology: Topology }) {
  const { t } = useTranslation('networks');
  const colorMode = useComputedColorScheme('light');
  const { nodes, edges } = useMemo(() => {
    const diagram = layoutTopology(withoutIdleNetworks(topology));
    return { nodes: toNodes(diagram), edges: diagram.edges.map(toEdge) };
  }, [topology]);
  const layoutKey = nodes.map((node) => `${node.id}@${node.position.x},${node.position.y}`).join(' ');

  return (
    <Box
      h={380}
      bd="1px solid var(--mantine-color-default-border)"
      data-testid="topology-diagram"
      aria-label={t('diagram')}
      role="group"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={colorMode}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        minZoom={0.2}
      >
        <Background />
        <Controls showInteractive={false} />
        <FitOnChange layoutKey={layoutKey} />
      </ReactFlow>
    </Box>
  );
}
