/** Turns the API's graph JSON into Cytoscape element definitions (data only; positions come later). */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';
import { edgeCaption } from './edge-caption.ts';
import { edgeColor, nodeVisual, primaryLabel } from './visual.ts';

export interface NodeData {
  id: string;
  caption: string;
  primary: string;
  color: string;
  shape: string;
  /** Degree within the scene, refreshed after each change; drives the node's size. */
  deg: number;
  node: GraphNode;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Its type, and its dates when it has any: what the canvas writes on it. */
  caption: string;
  color: string;
  /** The relationship has an end date (validTo): drawn dashed. */
  ended: boolean;
  /** Independent sources (corroboration; 0 when none is recorded) and the confidence level, for the stylesheet. */
  sources: number;
  level?: string;
  edge: GraphEdge;
}

export function nodeDefinition(node: GraphNode): ElementDefinition {
  const primary = primaryLabel(node.labels);
  const visual = nodeVisual(primary);
  const data: NodeData = { id: node.id, caption: node.caption, primary, color: visual.color, shape: visual.shape, deg: 0, node };
  return { group: 'nodes', data: { ...data } };
}

export function edgeDefinition(edge: GraphEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    caption: edgeCaption(edge),
    color: edgeColor(edge.type),
    ended: typeof edge.properties.validTo === 'string',
    sources: edge.evidence?.independentSources ?? 0,
    ...(edge.evidence ? { level: edge.evidence.level } : {}),
    edge,
  };
  return { group: 'edges', data: { ...data } };
}
