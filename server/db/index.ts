/**
 * The public surface of the database module for code outside the server (seed/, scripts/):
 * the driver, reads, writes, the mapper's two directions and identifier quoting. Lint forbids
 * deep imports into server/db from there, so what is not exported here stays the server's own.
 */
export { createDriver, type Driver, type DriverOptions } from './driver.ts';
export { readRows, type ReadContext } from './read.ts';
export { applySchemaFile, inWriteTransaction, type WriteTx } from './write.ts';
export { storableDate, toJson, toStorableProperties } from './mapper.ts';
export { checkedInteger, PLAIN_PROPERTY_KEY, quoteNewIdentifier, quoteNewPropertyKey, type CypherFragment } from './identifiers.ts';
