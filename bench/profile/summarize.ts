/**
 * Summarises a V8 CPU profile by where the time goes: each sample is charged to the nearest
 * frame (from the leaf up) that belongs to a known part (driver, mapper, JSON, Express…), so a
 * builtin called by the mapper counts as mapper time. Idle time is left out of the shares.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const NODE_CORE = 'Node core';

/** First match wins; tested against the frame's URL (or its name for URL-less builtins). */
const PARTS: [string, (f: ProfileNode['callFrame']) => boolean][] = [
  ['idle', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['V8 / native (program)', (f) => f.functionName === '(program)'],
  ['JSON serialisation', (f) => !f.url && f.functionName === 'stringify'],
  ['neo4j-driver', (f) => /node_modules\/neo4j-driver/.test(f.url)],
  ['mapper (server/db/mapper.ts)', (f) => f.url.endsWith('/server/db/mapper.ts')],
  ['zod validation', (f) => /node_modules\/zod\//.test(f.url)],
  ['logging (pino)', (f) => /node_modules\/(pino|pino-http|pino-std-serializers|sonic-boom|thread-stream)\//.test(f.url)],
  [
    'Express and middleware',
    (f) =>
      /node_modules\/(express|router|body-parser|helmet|finalhandler|send|on-finished|qs|raw-body|content-type|type-is|accepts|negotiator|mime-types|etag|fresh|cookie|vary|depd|statuses|encodeurl|parseurl|path-to-regexp|proxy-addr|forwarded|ipaddr\.js|iconv-lite|media-typer)\//.test(
        f.url,
      ),
  ],
  ['our other code (server/, contract/)', (f) => /\/(server|contract)\/.*\.ts$/.test(f.url)],
  [NODE_CORE, (f) => f.url.startsWith('node:')],
  ['other dependencies', (f) => f.url.includes('node_modules')],
];

export interface ProfileSummary {
  /** Milliseconds of profiled wall time that were not idle. */
  busyMs: number;
  idleMs: number;
  parts: { part: string; ms: number; share: number }[];
  /** Our own functions by self time (file:line function), the top few. */
  ourTop: { frame: string; ms: number; share: number }[];
}

export function summarizeProfile(profile: CpuProfile, top = 8): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const SPECIAL = ['(idle)', '(garbage collector)', '(program)', 'stringify'];
  const partOf = (id: number): string => {
    let core = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!f.url && !SPECIAL.includes(f.functionName)) continue;
      const part = PARTS.find(([, test]) => test(f))?.[0] ?? 'other';
      // Socket and stream work is charged to whoever asked for it (Bolt I/O is the driver's).
      if (part === NODE_CORE) {
        core = true;
        continue;
      }
      return core ? `${NODE_CORE} for ${part}` : part;
    }
    return core ? `${NODE_CORE} (HTTP server, sockets, timers)` : 'other';
  };
  const parts = new Map<string, number>();
  const ours = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const part = partOf(id);
    parts.set(part, (parts.get(part) ?? 0) + ms);
    const f = byId.get(id)!.callFrame;
    if (/\/(server|contract|seed)\/.*\.ts$/.test(f.url)) {
      // tsx's compiled code has no useful line numbers: file and function name it is.
      const frame = `${f.url.replace(/^.*\/(server|contract|seed)\//, '$1/')} ${f.functionName || '(anonymous)'}`;
      ours.set(frame, (ours.get(frame) ?? 0) + ms);
    }
  }
  const idleMs = parts.get('idle') ?? 0;
  parts.delete('idle');
  const busyMs = [...parts.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => Math.round((1000 * ms) / busyMs) / 10;
  return {
    busyMs: Math.round(busyMs),
    idleMs: Math.round(idleMs),
    parts: [...parts].sort((a, b) => b[1] - a[1]).map(([part, ms]) => ({ part, ms: Math.round(ms), share: share(ms) })),
    ourTop: [...ours]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, ms]) => ({ frame, ms: Math.round(ms), share: share(ms) })),
  };
}
