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
}

const num = (v: unknown): number | undefined => {
  const n = toJson(v);
  return typeof n === 'number' ? n : undefined;
};

export function planJson(plan: DriverPlan, profiled: boolean): QueryPlan {
  const details = plan.arguments.Details;
  const out: QueryPlan = {
    operator: plan.operatorType,
    details: typeof details === 'string' ? details : null,
    identifiers: plan.identifiers,
    estimatedRows: num(plan.arguments.EstimatedRows) ?? null,
    children: plan.children.map((c) => planJson(c, profiled)),
  };
  if (profiled) {
    out.rows = num(plan.rows) ?? 0;
    out.dbHits = num(plan.dbHits) ?? 0;
  }
  return out;
}
