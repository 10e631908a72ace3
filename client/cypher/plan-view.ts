/**
 * The server's plan (EXPLAIN) or profile (PROFILE) as a tree, as Neo4j Browser shows it: each
 * operator with its details, identifiers and estimated rows, and once profiled its rows, db hits,
 * page cache hits and misses and time. Subtrees fold (native <details>); totals on top; the most
 * expensive operator is marked: by db hits in a profile, by estimated rows in a plan.
 */
import type { QueryPlan } from '../../contract/api.ts';
import { formatCount, h } from '../ui/dom.ts';

export interface PlanTotals {
  operators: number;
  dbHits: number;
  pageCacheHits: number;
  pageCacheMisses: number;
  timeMs: number;
  /** The server measured page cache figures and time (some runtimes do not). */
  hasPageCache: boolean;
  hasTime: boolean;
}

function walk(plan: QueryPlan, visit: (p: QueryPlan) => void): void {
  const stack = [plan];
  while (stack.length) {
    const p = stack.pop()!;
    visit(p);
    stack.push(...p.children);
  }
}

export function planTotals(plan: QueryPlan): PlanTotals {
  const t: PlanTotals = { operators: 0, dbHits: 0, pageCacheHits: 0, pageCacheMisses: 0, timeMs: 0, hasPageCache: false, hasTime: false };
  walk(plan, (p) => {
    t.operators += 1;
    t.dbHits += p.dbHits ?? 0;
    t.pageCacheHits += p.pageCacheHits ?? 0;
    t.pageCacheMisses += p.pageCacheMisses ?? 0;
    t.timeMs += p.timeMs ?? 0;
    if (p.pageCacheHits !== undefined) t.hasPageCache = true;
    if (p.timeMs !== undefined) t.hasTime = true;
  });
  return t;
}

/** The operator that costs most: most db hits once profiled (then most time), most estimated rows in a plan; null when nothing stands out. */
export function mostExpensive(plan: QueryPlan, profiled: boolean): QueryPlan | null {
  const cost = (p: QueryPlan) => (profiled ? (p.dbHits ?? 0) || (p.timeMs ?? 0) : (p.estimatedRows ?? 0));
  let best: QueryPlan | null = null;
  walk(plan, (p) => {
    if (cost(p) > 0 && (!best || cost(p) > cost(best))) best = p;
  });
  return best;
}

/** "NodeByLabelScan@neo4j" → "NodeByLabelScan": the database is the configured one (the guard checks it). */
const operatorName = (op: string) => op.replace(/@[^@]*$/, '');

const rowsText = (n: number) => formatCount(Math.round(n));
const msText = (ms: number) => (ms < 1 ? ms.toFixed(2) : ms < 10 ? ms.toFixed(1) : formatCount(Math.round(ms)));

function figure(name: string, value: string, cls: string): HTMLElement {
  return h('span', { class: `plan-figure ${cls}` }, h('span', { class: 'plan-figure-name' }, name), ' ', value);
}

function figures(p: QueryPlan): HTMLElement {
  return h(
    'span',
    { class: 'plan-figures' },
    p.estimatedRows !== null ? figure('est. rows', rowsText(p.estimatedRows), 'plan-estimated') : null,
    p.rows !== undefined ? figure('rows', formatCount(p.rows), 'plan-rows') : null,
    p.dbHits !== undefined ? figure('db hits', formatCount(p.dbHits), 'plan-db-hits') : null,
    p.pageCacheHits !== undefined
      ? figure('page cache', `${formatCount(p.pageCacheHits)} hits / ${formatCount(p.pageCacheMisses ?? 0)} misses`, 'plan-cache')
      : null,
    p.timeMs !== undefined ? figure('time', `${msText(p.timeMs)} ms`, 'plan-time') : null,
  );
}

function operatorNode(p: QueryPlan, hot: QueryPlan | null): HTMLElement {
  const isHot = p === hot;
  // The card holds the operator's own text; its inputs follow below it. A chain of one-input
  // operators stays in one column (as cypher-shell prints it); only a branch indents, so a deep
  // plan still reads at 390 px.
  const card = [
    h(
      'span',
      { class: 'plan-head' },
      h('span', { class: 'plan-operator' }, operatorName(p.operator)),
      isHot ? h('span', { class: 'plan-hot-badge', title: 'The operator that costs most in this plan' }, 'most expensive') : null,
      figures(p),
    ),
    p.details ? h('code', { class: 'plan-details' }, p.details) : null,
    p.identifiers.length ? h('span', { class: 'plan-identifiers' }, `Identifiers: ${p.identifiers.join(', ')}`) : null,
  ];
  const cardClass = `plan-card${isHot ? ' plan-hot' : ''}`;
  if (!p.children.length) return h('div', { class: 'plan-node plan-leaf', role: 'treeitem' }, h('div', { class: cardClass }, ...card));
  return h(
    'details',
    { class: 'plan-node', open: true, role: 'treeitem' },
    h('summary', { class: cardClass }, ...card),
    h(
      'div',
      { class: `plan-children${p.children.length > 1 ? ' plan-branch' : ''}`, role: 'group' },
      ...p.children.map((c) => operatorNode(c, hot)),
    ),
  );
}

function totalsLine(plan: QueryPlan, profiled: boolean): string {
  const t = planTotals(plan);
  const parts = [`${formatCount(t.operators)} operator${t.operators === 1 ? '' : 's'}`];
  if (!profiled) {
    parts.push(`estimated ${rowsText(plan.estimatedRows ?? 0)} rows`, 'not run (EXPLAIN)');
    return parts.join(' · ');
  }
  parts.push(`${formatCount(plan.rows ?? 0)} rows`, `${formatCount(t.dbHits)} total db hits`);
  if (t.hasPageCache) parts.push(`page cache ${formatCount(t.pageCacheHits)} hits / ${formatCount(t.pageCacheMisses)} misses`);
  if (t.hasTime) parts.push(`${msText(t.timeMs)} ms in operators`);
  return parts.join(' · ');
}

/** The plan as a folding tree with its totals, and buttons to open or fold every subtree. */
export function planView(plan: QueryPlan): HTMLElement {
  const profiled = plan.dbHits !== undefined;
  const tree = h(
    'div',
    { class: 'plan-tree', role: 'tree', 'aria-label': profiled ? 'Query profile' : 'Query plan' },
    operatorNode(plan, mostExpensive(plan, profiled)),
  );
  const setAll = (open: boolean) => tree.querySelectorAll('details').forEach((d) => (d.open = open));
  return h(
    'section',
    { class: 'plan-view', id: 'cypher-plan' },
    h(
      'div',
      { class: 'row wrap plan-toolbar' },
      h('p', { class: 'plan-totals' }, h('strong', {}, profiled ? 'Profile: ' : 'Plan: '), totalsLine(plan, profiled)),
      h('button', { type: 'button', class: 'btn small', on: { click: () => setAll(true) } }, 'Expand all'),
      h('button', { type: 'button', class: 'btn small', on: { click: () => setAll(false) } }, 'Collapse all'),
    ),
    tree,
  );
}
