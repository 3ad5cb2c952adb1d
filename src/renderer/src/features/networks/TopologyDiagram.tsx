import '@xyflow/react/dist/style.css';
import { Box, useComputedColorScheme, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { Topology } from '@shared/contract';
import { Background, ReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkNodeTypes } from './DiagramNodes';
import { keepUnchanged, toEdge, toNodes } from './diagram-nodes';
import { edgeLabelSize, edgeTypes } from './EndpointEdge';
import type { Highlights } from './highlight';
import { layoutTopology, minDiagramWidth } from './layout';
import { playgroundNodeTypes } from './PlaygroundNodes';
import { withoutIdleNetworks } from './topology';

const nodeTypes = { ...networkNodeTypes, ...playgroundNodeTypes };
/** Around the diagram, inside its box. */
const margin = 12;
/** Zoomed out no further than keeps its smallest text 11 px tall on screen; beyond that it pans. */
export const minZoom = 11 / edgeLabelSize;
const minHeight = 160;
const maxHeight = 560;

/** The items of the last render that did not change, so that one edge more redraws one edge, not all. */
function useKept<T extends { id: string }>(items: T[]): T[] {
  const last = useRef(new Map<string, T>());
  return useMemo(() => {
    const kept = keepUnchanged(last.current, items);
    last.current = new Map(kept.map((item) => [item.id, item]));
    return kept;
  }, [items]);
}

/**
 * Networks and containers as a diagram laid out for the width it has, at full size: a network is a
 * group around its containers; edges for containers on several networks (IPv4, aliases), dashed
 * edges for legacy links. One tab stop: the cards below say the same to a screen reader.
 */
export function TopologyDiagram({ topology, highlights }: { topology: Topology; highlights: Highlights }) {
  const { t } = useTranslation('networks');
  const colorMode = useComputedColorScheme('light');
  const hint = useId();
  const { ref, width } = useElementSize();
  // A hidden tab measures 0: the diagram keeps the layout it had, instead of gliding to one column and back.
  const [shownWidth, setShownWidth] = useState(0);
  useEffect(() => {
    if (width > 0) setShownWidth(width);
  }, [width]);
  const roomy = Math.max(minDiagramWidth, shownWidth - 2 * margin);
  const diagram = useMemo(() => layoutTopology(withoutIdleNetworks(topology), roomy), [topology, roomy]);
  const nodes = useKept(useMemo(() => toNodes(diagram, highlights), [diagram, highlights]));
  const edges = useKept(useMemo(() => diagram.edges.map(toEdge), [diagram]));
  const wanted = diagram.height + 2 * margin;
  const height = Math.min(maxHeight, Math.max(minHeight, wanted));
  const pans = wanted > height || diagram.width > roomy;
  const extent = useMemo(
    (): [[number, number], [number, number]] => [
      [-margin, -margin],
      [diagram.width + margin, diagram.height + margin],
    ],
    [diagram.width, diagram.height],
  );

  return (
    <Box
      ref={ref}
      h={height}
      bd="1px solid var(--mantine-color-default-border)"
      data-testid="topology-diagram"
      aria-label={t('diagram')}
      aria-describedby={hint}
      role="group"
      tabIndex={0}
    >
      <VisuallyHidden id={hint}>{t('diagramHint')}</VisuallyHidden>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={colorMode}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        defaultViewport={{ x: margin, y: margin, zoom: 1 }}
        minZoom={minZoom}
        maxZoom={1.5}
        zoomOnScroll={false}
        zoomOnDoubleClick={false}
        panOnScroll={pans}
        preventScrolling={pans}
        translateExtent={extent}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background />
      </ReactFlow>
    </Box>
  );
}
