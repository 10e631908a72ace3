/**
 * fast-check for every property test: a failure prints its seed and path and the shrunk
 * counterexample (verbose), and FC_SEED (with FC_PATH, from the failure's message) replays it:
 * `FC_SEED=1234 FC_PATH=5:1 npx vitest run test/unit/contract/api.property.test.ts`, or the same
 * variables before `.ci/run`. Without them each run draws a new seed, which is the point.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);

fc.configureGlobal({
  verbose: fc.VerbosityLevel.Verbose,
  ...(seed === undefined ? {} : { seed }),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
});

export default fc;
