/** CSV export of a result table, with spreadsheet formula injection defused. */
import type { JsonValue } from '../../contract/graph.ts';
import { cellText } from '../cypher/cell-text.ts';

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: JsonValue): string {
  let s = cellText(value);
  // A typed number cannot be a formula; text that looks like one gets a leading quote.
  if (typeof value !== 'number' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly JsonValue[])[]): string {
  const lines = [columns.map((c) => csvCell(c)), ...rows.map((r) => r.map(csvCell))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
