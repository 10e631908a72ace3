/**
 * Walks the plan Neo4j made for an analyst's query (EXPLAIN) and refuses it unless every
 * operator, procedure and namespaced function is on the read allowlists. Pure: no database,
 * so it is unit-tested on plan trees directly.
 */
import {
  BUILTIN_FUNCTIONS,
  DBMS_DESCRIBE_PROCEDURES,
  STATS_SECTIONS,
  FORBIDDEN_REASONS,
  FUNCTION_NAMESPACES,
  READ_OPERATORS,
  READ_PROCEDURES,
  WRITE_OPERATORS,
} from './allowlists.ts';

/** The shape of the driver's plan (summary.plan), without depending on the driver. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export type RefusalCode = 'cypher_not_read_only' | 'cypher_forbidden_operation';

export interface Refusal {
  code: RefusalCode;
  reason: string;
}

const notReadOnly = (reason: string): Refusal => ({ code: 'cypher_not_read_only', reason });
const forbidden = (reason: string): Refusal => ({ code: 'cypher_forbidden_operation', reason });

/** "VarLengthExpand(Pruning,BFS)@neo4j" → name, variant and the database it runs against. */
export function parseOperator(operatorType: string): { name: string; variant: string | null; database: string | null } {
  const m = /^([A-Za-z0-9]+)(?:\(([^)]*)\))?(?:@(.+))?$/.exec(operatorType);
  if (!m) return { name: operatorType, variant: null, database: null };
  return { name: m[1]!, variant: m[2] ?? null, database: m[3] ?? null };
}

/** The procedure a ProcedureCall runs, from its details ("db.labels() :: (label :: STRING)"). */
export function procedureName(details: string): string | null {
  return /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*\(/.exec(details.replace(/`/g, ''))?.[1] ?? null;
}

/** Namespaced function calls in an operator's details ("point.distance(", "apoc.load.json("). */
export function namespacedCalls(details: string): string[] {
  const text = details.replace(/`/g, '');
  return [...text.matchAll(/(?<![\w.$])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\(/g)].map((m) => m[1]!);
}

function functionAllowed(name: string): boolean {
  return BUILTIN_FUNCTIONS.has(name) || FUNCTION_NAMESPACES.has(name.split('.')[0]!);
}

/** db.stats.retrieve only with a section, given as a request parameter, that describes the graph. */
function checkStatsSection(details: string, params: Readonly<Record<string, unknown>>): Refusal | null {
  const arg = /^\s*db\.stats\.retrieve\(\s*\$(\w+)/.exec(details.replace(/`/g, ''))?.[1];
  const value = arg === undefined || /^auto/.test(arg) ? undefined : params[arg];
  if (typeof value === 'string' && STATS_SECTIONS.has(value.toUpperCase())) return null;
  return forbidden(
    `db.stats.retrieve may only read the sections ${[...STATS_SECTIONS].join(', ')}, named by a parameter ` +
      '(CALL db.stats.retrieve($section) with {"section": "GRAPH COUNTS"})',
  );
}

function checkOperator(node: PlanNode, database: string, params: Readonly<Record<string, unknown>>): Refusal | null {
  const { name, variant, database: runsOn } = parseOperator(node.operatorType);
  const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
  if (WRITE_OPERATORS.has(name) || /Locking/.test(variant ?? '')) return notReadOnly(`the query writes (${name})`);
  if (!READ_OPERATORS.has(name)) {
    return forbidden(FORBIDDEN_REASONS[name] ?? `the operator ${name} is not on the list of read-only operations`);
  }
  if (runsOn !== null && runsOn !== database) return forbidden(`only the database "${database}" may be queried (found "${runsOn}")`);
  let calls = namespacedCalls(details);
  if (name === 'ProcedureCall') {
    const procedure = procedureName(details);
    if (!procedure) return forbidden('the procedure call could not be identified');
    if (!READ_PROCEDURES.has(procedure)) return forbidden(`the procedure ${procedure} is not on the list of read-only procedures`);
    if (procedure === 'db.stats.retrieve') {
      const refusal = checkStatsSection(details, params);
      if (refusal) return refusal;
    }
    calls = calls.slice(1); // the first call in the details is the procedure itself
  }
  const fn = calls.find((c) => !functionAllowed(c));
  if (fn) return forbidden(`the function ${fn} is not one of Cypher's own functions`);
  return null;
}

/** The first reason to refuse the plan, or null when every operator only reads. */
export function checkPlan(plan: PlanNode, database: string, params: Readonly<Record<string, unknown>> = {}): Refusal | null {
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    const refusal = checkOperator(node, database, params);
    if (refusal) return refusal;
    stack.push(...(node.children ?? []));
  }
  return null;
}

/** What EXPLAIN tells about a query: its type, the database it ran against, and its plan. */
export interface ExplainFacts {
  queryType: string;
  database: string | undefined;
  plan: PlanNode | false;
}

/**
 * The verdict on an EXPLAIN: null means the query may run. The plan is checked before the
 * query type so a refusal can name the operation ("Create", "LoadCSV"); the type is a second
 * wall for anything the plan does not show.
 */
/** The procedures a plan calls. */
function proceduresOf(plan: PlanNode): string[] {
  const out: string[] = [];
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    if (parseOperator(node.operatorType).name === 'ProcedureCall') {
      out.push(procedureName(typeof node.arguments.Details === 'string' ? node.arguments.Details : '') ?? '');
    }
    stack.push(...(node.children ?? []));
  }
  return out;
}

/** Whether the verdict on this plan read a parameter's value (db.stats.retrieve's section), not only the text. */
export function verdictReadsParameterValues(plan: PlanNode): boolean {
  return proceduresOf(plan).includes('db.stats.retrieve');
}

export function checkExplain(facts: ExplainFacts, database: string, params: Readonly<Record<string, unknown>> = {}): Refusal | null {
  if (facts.database !== database) return forbidden(`only the database "${database}" may be queried (found "${facts.database ?? '?'}")`);
  if (!facts.plan) return forbidden('the server gave no plan to check');
  const refusal = checkPlan(facts.plan, database, params);
  if (refusal) return refusal;
  // DBMS-mode procedures that only describe the server report type "s"; nothing else may.
  if (facts.queryType === 's') {
    const procedures = proceduresOf(facts.plan);
    if (procedures.length > 0 && procedures.every((p) => DBMS_DESCRIBE_PROCEDURES.has(p))) return null;
  }
  if (facts.queryType === 'w' || facts.queryType === 'rw') return notReadOnly(`the query writes (query type "${facts.queryType}")`);
  if (facts.queryType !== 'r') return forbidden(`only read queries are allowed (query type "${facts.queryType}")`);
  return null;
}
