/**
 * Labels and relationship types cannot be Cypher parameters. This is the one place that
 * splices them into query text: only names the live schema knows, quoted with backticks.
 * grep for `quoteIdentifier` to find every splice.
 */
export function quoteIdentifier(name: string, known: ReadonlySet<string>, what: string): string {
  if (!known.has(name)) throw new UnknownIdentifierError(`${what} "${name}" is not in this database's schema`);
  return '`' + name.replace(/`/g, '``') + '`';
}

export class UnknownIdentifierError extends Error {}
