/**
 * The ontology as the README's Markdown table (`npx tsx scripts/ontology-table.ts`); a unit test
 * checks the README holds exactly this table, so the two cannot drift apart.
 */
import type { Ontology } from '../contract/ontology.ts';
import { loadOntology } from '../server/ontology.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function ontologyTable(o: Ontology): string {
  const rows = Object.entries(o.relationshipTypes).map(([type, t]) => {
    const props = Object.entries(t.properties)
      .map(([name, p]) => (p.values ? `${name}: ${p.values.join(' / ')}` : `${name} (${p.type})`))
      .join('; ');
    const time = t.time === 'lasting' ? 'validFrom–validTo' : t.time === 'point' ? 'date' : '—';
    return `| ${t.family} | \`${type}\`${t.symmetric ? ' ↔' : ''} | ${t.domain.join(', ')} → ${t.range.join(', ')} | ${time} | ${cell(props) || '—'} | ${cell(t.phrase)} |`;
  });
  rows.sort();
  return ['| family | type | from → to | time | properties | narration |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(ontologyTable(loadOntology()) + '\n');
