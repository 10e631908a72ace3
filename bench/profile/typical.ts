/** A CPU profile of the server while it answers one kind of request, summarised by part. */
import type { Logger } from '../../server/logger.ts';
import type { BenchServer } from '../api/server-process.ts';
import type { HttpRequestSpec, LoadResult } from '../api/load-client.ts';
import { runLoadProcess } from '../api/run-load.ts';
import type { ProfileSummary } from './summarize.ts';

export interface ProfiledRequest {
  workload: string;
  load: LoadResult;
  profile: ProfileSummary;
  /** Profiled CPU time per request, in ms. */
  busyMsPerRequest: number;
}

export async function profileRequests(
  server: BenchServer,
  workload: string,
  requests: HttpRequestSpec[],
  o: { seconds: number; log: Logger },
): Promise<ProfiledRequest> {
  // A short unprofiled warm-up, so the profile shows steady state, not JIT compilation.
  await runLoadProcess({ connections: 4, durationMs: 1500, warmupMs: 0, http: requests });
  await server.profileStart();
  const load = await runLoadProcess({ connections: 4, durationMs: o.seconds * 1000, warmupMs: 0, http: requests });
  const profile = await server.profileStop();
  o.log.info({ phase: 'profile', workload, top: profile.parts.slice(0, 4) }, 'profile done');
  return { workload, load, profile, busyMsPerRequest: Math.round((100 * profile.busyMs) / Math.max(1, load.requests)) / 100 };
}
