/**
 * Every Cypher statement the app runs lives in cypher/<name>.cypher. They are read once at
 * start-up (a missing file fails fast) and only ever run with parameters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherFragment } from './identifiers.ts';

export const cypherDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const statements = new Map<string, string>(
  readdirSync(cypherDir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.slice(0, -'.cypher'.length), readFileSync(join(cypherDir, f), 'utf8').trim()]),
);

/** The text of cypher/<name>.cypher; throws at first use of a name that has no file. */
export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`cypher/${name}.cypher is missing`);
  return text;
}

/**
 * A statement whose `{{slot}}`s take checked fragments (quoted labels and types, bounded
 * integers: see identifiers.ts): the only text ever put into a statement, and only where the
 * file marks a slot.
 */
export function cypherWithSlots(
  name: string,
  slots: Record<string, CypherFragment> = {},
  repeats: Record<string, Record<string, CypherFragment>[]> = {},
): string {
  const fill = (text: string, values: Record<string, CypherFragment>) =>
    text.replace(/\{\{(\w+)\}\}/g, (_m, slot: string) => {
      const value = values[slot];
      if (value === undefined) throw new Error(`cypher/${name}.cypher: no value for slot {{${slot}}}`);
      return Array.isArray(value) ? value.join(':') : value;
    });
  // A `{{#each list}} … {{/each}}` block is written once per entry of repeats[list], its slots
  // filled from that entry: one statement, with one subquery per type, whose text depends only
  // on the list (the ontology), never on the data.
  const expanded = cypher(name).replace(/\{\{#each (\w+)\}\}([\s\S]*?)\{\{\/each\}\}/g, (_m, list: string, block: string) => {
    const entries = repeats[list];
    if (entries === undefined) throw new Error(`cypher/${name}.cypher: no entries for {{#each ${list}}}`);
    return entries.map((entry) => fill(block, entry)).join('');
  });
  return fill(expanded, slots);
}

/** Splits a multi-statement file (schema) on semicolons that end a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

/** Fails fast if any of the named statements has no file. */
export function requireCypher(...names: string[]): void {
  for (const n of names) cypher(n);
}
