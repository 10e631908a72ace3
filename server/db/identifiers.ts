/**
 * Labels and relationship types cannot be Cypher parameters (and Neo4j 5.26.0 evaluates a
 * dynamic `$(…)` type only once per query, so it cannot stand in either). This is the one
 * place that makes them safe to splice: quoted with backticks, after a check. grep for
 * `QuotedIdentifier` to find every splice.
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

export class UnknownIdentifierError extends Error {}
