/**
 * Labels and relationship types cannot be Cypher parameters (and Neo4j 5.26.0 evaluates a
 * dynamic `$(…)` type only once per query, so it cannot stand in either). This is the one
 * place that makes them safe to splice: quoted with backticks, after a check (and the one
 * place that checks an integer literal). grep for `CypherFragment` to find every splice.
 */
declare const quoted: unique symbol;
/** An identifier that has passed a check and been backtick-quoted; only this module makes them. */
export type QuotedIdentifier = string & { readonly [quoted]: true };

const quote = (name: string) => ('`' + name.replace(/`/g, '``') + '`') as QuotedIdentifier;

/** For reads: only names the live schema knows. */
export function quoteIdentifier(name: string, known: ReadonlySet<string>, what: string): QuotedIdentifier {
  if (!known.has(name)) throw new UnknownIdentifierError(`${what} "${name}" is not in this database's schema`);
  return quote(name);
}

/** For imports, which may create new labels and types: plain identifiers only (the import schema enforces them). */
export function quoteNewIdentifier(name: string, what: string): QuotedIdentifier {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(name)) throw new UnknownIdentifierError(`${what} "${name}" is not a plain identifier`);
  return quote(name);
}

/** The property names the import format accepts (seed/schema.ts) and a statement may name. */
export const PLAIN_PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** For imports' property keys, which a statement names (the bulk import's columns): the import schema's identifiers only. */
export function quoteNewPropertyKey(name: string): QuotedIdentifier {
  if (!PLAIN_PROPERTY_KEY.test(name)) throw new UnknownIdentifierError(`property key "${name}" is not a plain identifier`);
  return quote(name);
}

declare const checked: unique symbol;
/** A whole number checked against its bounds, for the few places Cypher wants a literal (quantifier bounds). */
export type CheckedInteger = string & { readonly [checked]: true };

export function checkedInteger(n: number, min: number, max: number, what: string): CheckedInteger {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${what} must be an integer from ${min} to ${max}`);
  return String(n) as CheckedInteger;
}

/** What a statement's `{{slot}}` may hold: nothing else ever reaches Cypher text. */
export type CypherFragment = QuotedIdentifier | CheckedInteger | QuotedIdentifier[];

export class UnknownIdentifierError extends Error {}
