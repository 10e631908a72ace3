/**
 * Writes the generated graph as CSV files for the LOAD CSV reference: the very rows the
 * batched import sends (seed/load.ts toRows), one file per label set and per type. Columns
 * are fixed; a property the columns do not carry throws, so the CSV holds the same data.
 */
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toRows } from '../../seed/load.ts';
import { seedChunks, type GraphPlan } from '../generate.ts';

const DOC_COLUMNS = ['key', 'date', 'datePrecision', 'title', 'publisher', 'language', 'name', 'kind', 'reliability'];
const NODE_COLUMNS = ['key', 'name', 'aliases', 'iso', 'kind', 'generation', 'validFrom', 'validFromPrecision', 'date', 'datePrecision'];
const REL_COLUMNS = [
  'key',
  'from',
  'to',
  'validFrom',
  'validFromPrecision',
  'validTo',
  'validToPrecision',
  'date',
  'datePrecision',
  'sources',
  'quotes',
  'quoteStarts',
  'quoteEnds',
  'speakers',
  'attributed',
  'attributedTo',
  'credibility',
  'role',
  'title',
  'outcome',
];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    if (v.some((x) => String(x).includes('|'))) throw new Error(`a list item holds the separator "|": ${JSON.stringify(v)}`);
    if (v.length === 0) return '';
    v = v.join('|');
  }
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function line(columns: string[], values: Record<string, unknown>): string {
  for (const k of Object.keys(values)) if (!columns.includes(k)) throw new Error(`no CSV column for property "${k}"`);
  return columns.map((c) => cell(values[c])).join(',') + '\n';
}

export interface CsvFile {
  kind: 'documents' | 'nodes' | 'relationships';
  /** The label set (nodes) or type (relationships). */
  group: string;
  file: string;
  rows: number;
}

export function writeCsv(plan: GraphPlan, dir: string): CsvFile[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, CsvFile>();
  const append = (kind: CsvFile['kind'], group: string, columns: string[], lines: string[]) => {
    const id = `${kind}-${group.replace(/:/g, '_')}`;
    let f = files.get(id);
    if (!f) {
      f = { kind, group, file: `${id}.csv`, rows: 0 };
      files.set(id, f);
      appendFileSync(join(dir, f.file), columns.join(',') + '\n');
    }
    appendFileSync(join(dir, f.file), lines.join(''));
    f.rows += lines.length;
  };
  for (const data of seedChunks(plan)) {
    const rows = toRows({ file: 'csv', data, texts: new Map() });
    if (rows.documents.length)
      append(
        'documents',
        'Document',
        DOC_COLUMNS,
        rows.documents.map((d) => line(DOC_COLUMNS, { ...d.props, key: d.key })),
      );
    const byGroup = new Map<string, string[]>();
    for (const n of rows.nodes) {
      const g = n.labels.join(':');
      (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(line(NODE_COLUMNS, n.props));
    }
    for (const [g, lines] of byGroup) append('nodes', g, NODE_COLUMNS, lines);
    const byType = new Map<string, string[]>();
    for (const r of rows.relationships) {
      const values = { ...r.props, from: r.from, to: r.to };
      (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(line(REL_COLUMNS, values));
    }
    for (const [t, lines] of byType) append('relationships', t, REL_COLUMNS, lines);
  }
  return [...files.values()];
}
