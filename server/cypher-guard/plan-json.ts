/** The server's plan (EXPLAIN) or profile (PROFILE) as JSON the page can draw. */
import type { QueryPlan } from '../../contract/api.ts';
import { toJson } from '../db/mapper.ts';

/** The driver's plan and profile nodes, without depending on the driver's classes. */
export interface DriverPlan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: DriverPlan[];
  dbHits?: number;
  rows?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  /** Nanoseconds. */
  time?: number;
}

const num = (v: unknown): number | undefined => {
  const n = toJson(v);
  return typeof n === 'number' ? n : undefined;
};

/** What the server measured anywhere in the profile: the driver gives 0 for what it did not, so only a tree with some non-zero figure shows it. */
function measured(plan: DriverPlan): { pageCache: boolean; time: boolean } {
  const found = { pageCache: false, time: false };
  const stack = [plan];
  while (stack.length) {
    const p = stack.pop()!;
    if ((num(p.pageCacheHits) ?? 0) > 0 || (num(p.pageCacheMisses) ?? 0) > 0) found.pageCache = true;
    if ((num(p.time) ?? 0) > 0) found.time = true;
    stack.push(...p.children);
  }
  return found;
}

function planNode(plan: DriverPlan, profiled: { pageCache: boolean; time: boolean } | null): QueryPlan {
  const details = plan.arguments.Details;
  const out: QueryPlan = {
    operator: plan.operatorType,
    details: typeof details === 'string' ? details : null,
    identifiers: plan.identifiers,
    estimatedRows: num(plan.arguments.EstimatedRows) ?? null,
    children: plan.children.map((c) => planNode(c, profiled)),
  };
  if (profiled) {
    out.rows = num(plan.rows) ?? 0;
    out.dbHits = num(plan.dbHits) ?? 0;
    if (profiled.pageCache) {
      out.pageCacheHits = num(plan.pageCacheHits) ?? 0;
      out.pageCacheMisses = num(plan.pageCacheMisses) ?? 0;
    }
    if (profiled.time) out.timeMs = (num(plan.time) ?? 0) / 1e6;
  }
  return out;
}

export function planJson(plan: DriverPlan, profiled: boolean): QueryPlan {
  return planNode(plan, profiled ? measured(plan) : null);
}
