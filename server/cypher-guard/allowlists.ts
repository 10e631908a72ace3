/**
 * What an analyst's query may contain, as the server plans it. Fail closed: an operator,
 * procedure or function namespace that is not listed here is refused, so a new Neo4j version
 * that adds an operator makes queries fail safe until someone reviews and lists it.
 */

/** Plan operators that only read (names without the "(All)"-style variant and "@database"). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Leaves: scans and seeks
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'MultiNodeIndexSeek',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  // The parallel runtime's partitioned variants of the same reads (Enterprise)
  'PartitionedAllNodesScan',
  'PartitionedNodeByLabelScan',
  'PartitionedUnionNodeByLabelsScan',
  'PartitionedIntersectionNodeByLabelsScan',
  'PartitionedSubtractionNodeByLabelsScan',
  'PartitionedNodeIndexSeek',
  'PartitionedNodeIndexScan',
  'PartitionedDirectedAllRelationshipsScan',
  'PartitionedUndirectedAllRelationshipsScan',
  'PartitionedDirectedRelationshipTypeScan',
  'PartitionedUndirectedRelationshipTypeScan',
  'PartitionedDirectedUnionRelationshipTypesScan',
  'PartitionedUndirectedUnionRelationshipTypesScan',
  'PartitionedDirectedRelationshipIndexSeek',
  'PartitionedUndirectedRelationshipIndexSeek',
  'PartitionedDirectedRelationshipIndexScan',
  'PartitionedUndirectedRelationshipIndexScan',
  'PartitionedUnwind',
  // Traversal
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'BidirectionalRepeat',
  'PathPropagatingBFS',
  'ProjectEndpoints',
  'Trail',
  'NullifyMetadata',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // Nesting and joins (subqueries that read)
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Optional',
  'Anti',
  // Row operations
  'Filter',
  'Projection',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'Top1WithTies',
  'PartialTop',
  'Union',
  'OrderedUnion',
  'Unwind',
  'CacheProperties',
  'Eager',
  'PreserveOrder',
  'ProduceResults',
  'EmptyResult',
  // Reads of the schema and of the server's own catalogue (checked further for procedures)
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
  'ProcedureCall',
]);

/** Operators that change data or schema: named so a refusal can say "this query writes". */
export const WRITE_OPERATORS: ReadonlySet<string> = new Set([
  'Create',
  'Merge',
  'LockingMerge',
  'Delete',
  'DetachDelete',
  'SetProperty',
  'SetProperties',
  'SetPropertiesFromMap',
  'SetNodePropertiesFromMap',
  'SetRelationshipPropertiesFromMap',
  'SetDynamicProperty',
  'SetLabels',
  'RemoveLabels',
  'Foreach',
  'SubqueryForeach',
  'TransactionForeach',
  'TransactionApply',
  'AssertSameNode',
  'AssertSameRelationship',
  'AssertingMultiNodeIndexSeek',
  'AssertingMultiRelationshipIndexSeek',
  'CreateIndex',
  'DropIndex',
  'CreateConstraint',
  'DropConstraint',
  'DoNothingIfExists',
]);

/** Read-only procedures an analyst may call: schema introspection and index queries. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  // They only describe the server or the schema.
  'dbms.components',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.stats.retrieve',
]);

/**
 * Procedures Neo4j runs in DBMS mode (the plan's query type is "s", as for schema commands)
 * that only describe the server. A query of type "s" passes only when every procedure it calls
 * is one of these.
 */
export const DBMS_DESCRIBE_PROCEDURES: ReadonlySet<string> = new Set(['dbms.components']);

/**
 * Sections of db.stats.retrieve that describe the graph. Its QUERIES section (and ALL, which
 * holds it) returns the text of other people's queries once anyone has collected them, so the
 * section must come as a parameter the request supplies and the guard can read: a literal is
 * turned into an anonymous parameter ($autostring_0) whose value the plan does not show.
 */
export const STATS_SECTIONS: ReadonlySet<string> = new Set(['GRAPH COUNTS', 'TOKENS', 'META', 'SCHEMA']);

/**
 * Namespaces of Cypher's own functions. A function from any other namespace is a plugin's
 * (APOC and friends can read files, call URLs or run nested Cypher the plan does not show).
 */
export const FUNCTION_NAMESPACES: ReadonlySet<string> = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
]);

/** Namespaced functions of Cypher outside those namespaces. */
export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set(['db.nameFromElementId']);

/** Why an operator that is neither read nor write is refused, for the common ones. */
export const FORBIDDEN_REASONS: Readonly<Record<string, string>> = {
  LoadCSV: 'LOAD CSV reads files and URLs from the database server',
  AdministrationCommand: 'administration commands (users, databases, privileges) are not allowed',
  ShowTransactions: "SHOW TRANSACTIONS lists other people's queries",
  TerminateTransactions: "TERMINATE TRANSACTIONS stops other people's queries",
  ShowSettings: 'SHOW SETTINGS reveals the server configuration',
  RunQueryAt: 'queries against other databases are not allowed',
};
