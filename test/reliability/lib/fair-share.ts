/**
 * Fair-share limits for the drills' own load. A drill's clients are many connections from one
 * process, so to the app they are one client, and fair share's default (1 expensive request per
 * client) answers most of their path and Cypher requests 429: correct, and not what a load or
 * fault drill is about. The app's ceiling (45 of the driver's 50 connections) lets a mixed load of
 * 50 connections through; test/reliability/fair-share.test.ts drills the limits themselves.
 */
export const DRILL_FAIR_SHARE = { EXPENSIVE_PER_CLIENT: '45', EXPENSIVE_TOTAL: '45' } as const;

/**
 * True when fair share refused more than half of a load's expensive requests: more than the
 * connections bunching up on one sequence explains (the load and long runs fail on it).
 */
export const tooManyRefused = (r: { expensive: number; fairShareRefused: number }): boolean => r.fairShareRefused > r.expensive / 2;
