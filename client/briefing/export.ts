/**
 * One click, one file: the open case's briefing, built from what the canvas holds (the elements
 * with the provenance the server sent), the ontology's phrases and each cited document's
 * reliability (asked of GET /api/documents/:id once per document).
 */
import type { Core } from 'cytoscape';
import type { CaseContent, MissingElement } from '../../contract/cases.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { edgeOf, nodeOf } from '../graph/element-state.ts';
import { phrasesOf } from '../graph/vocabulary.ts';
import { download } from '../share/download.ts';
import { briefingHtml } from './html.ts';
import { briefingMarkdown } from './markdown.ts';
import { buildBriefing, type Briefing } from './model.ts';

export interface BriefingSource {
  title: string;
  content: CaseContent;
  missing: readonly MissingElement[];
}

async function reliabilities(api: Pick<ExplorerApi, 'document'>, cy: Core): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  cy.edges().forEach((e) => {
    for (const c of edgeOf(e).provenance ?? []) if (c.documentId) ids.set(c.documentKey, c.documentId);
  });
  const grades = new Map<string, string>();
  await Promise.all(
    [...ids].map(async ([key, id]) => {
      const doc = await api.document({ id }).catch(() => null);
      const r = doc?.document.properties.reliability;
      if (typeof r === 'string' && /^[A-F]$/.test(r)) grades.set(key, r);
    }),
  );
  return grades;
}

export async function briefingOf(api: Pick<ExplorerApi, 'document'>, cy: Core, source: BriefingSource): Promise<Briefing> {
  const grades = await reliabilities(api, cy);
  const bg = getComputedStyle(document.body).getPropertyValue('--canvas-bg').trim() || '#ffffff';
  const image = cy.elements().length ? cy.png({ output: 'base64uri', full: true, scale: 1, bg, maxWidth: 2400, maxHeight: 2400 }) : null;
  return buildBriefing({
    title: source.title,
    generatedAt: new Date().toISOString().slice(0, 19).replace('T', ' ') + ' UTC',
    nodes: cy.nodes().map(nodeOf),
    edges: cy.edges().map(edgeOf),
    paths: source.content.paths,
    notes: source.content.notes,
    annotations: source.content.annotations,
    missing: source.missing,
    image,
    phrases: phrasesOf,
    reliability: (key) => grades.get(key),
  });
}

const fileName = (title: string, ext: string) =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'briefing'
  }.${ext}`;

export async function exportBriefing(
  api: Pick<ExplorerApi, 'document'>,
  cy: Core,
  source: BriefingSource,
  format: 'html' | 'md',
): Promise<void> {
  const b = await briefingOf(api, cy, source);
  const [text, type] = format === 'html' ? [briefingHtml(b), 'text/html'] : [briefingMarkdown(b), 'text/markdown'];
  download(new Blob([text], { type: `${type};charset=utf-8` }), fileName(source.title, format));
}
