/**
 * The explorer's own records (saved cases, change sets, verdicts) live in the same database as
 * the knowledge graph but are not part of it. Every such node carries this label beside its own
 * (`:Case:ExplorerRecord`, `:ChangeSet:ExplorerRecord`, …) and no relationship to a knowledge
 * node (it names them by key or element id in its properties), so one rule keeps them out of
 * the explorer's schema, overview, search and expansion: skip nodes with this label.
 */
export const RECORD_LABEL = 'ExplorerRecord';
