/** The guard reads the EXPLAIN/PROFILE prefix with the page's own reader (one place: contract/plan-prefix.ts). */
export { splitPlanPrefix, type PlanMode } from '../../contract/plan-prefix.ts';
