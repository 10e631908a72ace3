/** The short tables of a report: printed at the end of a run and written to bench/results/latest.md. */
import { LARGE_SCENE } from '../../client/graph/scene-thresholds.ts';
import { sizeLabel } from '../generate.ts';
import { benchSummary } from './summary.ts';
import type { BenchReport } from './types.ts';

const n = (x: number) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 2 : x < 100 ? 1 : 0 }) : '–');
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => (typeof c === 'number' ? n(c) : c)).join(' | ')} |`),
  ].join('\n');
const spread = (s: { median: number; spreadPct: number }) => `${n(s.median)} ±${n(s.spreadPct / 2)}%`;

function summarySection(r: BenchReport): string {
  const rows = Object.entries(r.summary ?? benchSummary(r)).map(([name, f]) => [
    `\`${name}\``,
    f.label,
    f.value === null ? 'not measured' : f.unit === 'ratio' ? `${n(f.value)}×` : `${n(f.value)} ms`,
    `${f.direction === 'atLeast' ? '≥' : '≤'} ${n(f.target)}${f.unit === 'ratio' ? '×' : ' ms'}`,
    f.met === null ? '–' : f.met ? 'yes' : 'no',
    f.source,
  ]);
  return `### Summary: figures and targets\n\n${table(['name', 'figure', 'measured', 'target', 'met', 'from'], rows)}\n`;
}

function loadSection(r: BenchReport): string {
  if (!r.load.length) return '';
  const rows = r.load.flatMap((l) =>
    l.results.map((x) => [
      sizeLabel(l.size),
      x.method + (x.extrapolated ? ' (EXTRAPOLATED)' : ''),
      x.nodesPerSec,
      x.relationshipsPerSec,
      x.ms / 1000,
      `${n(l.timeVsBatched[x.method] ?? NaN)}×`,
    ]),
  );
  return `### Import throughput\n\n${table(['size', 'method', 'nodes/s', 'relationships/s', 'seconds', 'time vs ours'], rows)}\n`;
}

function apiSection(r: BenchReport): string {
  if (!r.api) return '';
  const rows = r.api.workloads.flatMap((w) =>
    w.systems.map((s) => [
      w.workload,
      s.system === 'ours' ? '**our API**' : s.system === 'queryApi' ? 'Neo4j HTTP Query API' : 'bare neo4j-driver',
      spread(s.rps),
      spread(s.p50),
      spread(s.p95),
      spread(s.p99),
      `${n(s.vsDriver!.rps)} / ${n(s.vsDriver!.p50)} / ${n(s.vsDriver!.p95)} / ${n(s.vsDriver!.p99)}`,
      s.errors,
    ]),
  );
  return `### API against the alternatives (${sizeLabel(r.api.size)} graph, ${r.api.connections} connections, ${r.api.reps}× ${r.api.durationMs / 1000} s each; medians ± half the min–max spread)\n\n${table(['workload', 'system', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', '× driver (req/s / p50 / p95 / p99)', 'errors'], rows)}\n\nWhat our endpoints run beyond the one statement: ${r.api.workloads.map((w) => `${w.workload}: ${w.extra}`).join('; ')}.\n`;
}

function growthSection(r: BenchReport): string {
  if (!r.growth.length) return '';
  const rows = r.growth.map((g) => [
    g.workload,
    sizeLabel(g.size),
    g.ours.latency.p50,
    g.ours.latency.p95,
    g.driver.latency.p50,
    g.driver.latency.p95,
    g.ours.latency.p50 - g.driver.latency.p50,
  ]);
  const deg = r.degrees.map((d) => `${sizeLabel(d.size)}: hub ${n(d.hub)}, typical ${n(d.typicalMedian)}`).join('; ');
  const why = [
    'Why it grows like this:',
    '- *search* is a Lucene lookup: prefix and fuzzy terms are expanded against the term dictionary, which grows with the number of distinct names, and more nodes match each prefix; it grows with the index, not with the graph’s edges.',
    '- *neighbors* starts from an element-id seek (constant) and walks the node’s relationship chain: a typical node’s degree stays at the median whatever the size, so its latency stays flat; the hub’s degree grows with the graph, but without filters the statement reads its `total` from Neo4j’s degree counts (GetDegree) and reads only the first 50 relationships, so what is left to grow is where those 50 sit on disk and in the page cache (with a filter it must still walk every relationship to count).',
    '- *paths* is a breadth-first expansion between the two ends: two nodes that are connected within a few hops answer fast, but two that are not explore their whole ≤4-hop neighbourhood, and any hub on the way pulls thousands of nodes into it; that is the long p95 tail, and it grows with hub degree.',
    '- The driver column is the database’s share; the overhead column is our server’s (HTTP, Express, validation, mapping, and the extra round trips listed above).',
  ].join('\n');
  return `### Growth with the graph (one request at a time)\n\n${table(['workload', 'size', 'ours p50 ms', 'ours p95 ms', 'driver p50 ms', 'driver p95 ms', 'our overhead p50 ms'], rows)}\n\nDegrees: ${deg}.\n\n${why}\n`;
}

const times = (before: number, after: number) => `${n(Math.round((before / after) * 10) / 10)}×`;

/** Before → after of the page's choices: fcose draft for large scenes; the canvas where WebGL is software. */
function pageChanges(render: BenchReport['render']): string[] {
  const lines: string[] = [];
  for (const now of render.filter((x) => x.layout.endsWith('(the page now)'))) {
    const before = render.find((x) => x.elements === now.elements && x.requested === 'canvas' && x.layout.endsWith('(before)'));
    if (!before) continue;
    const [b, a] = [before.firstStableFrameMs.median, now.firstStableFrameMs.median];
    lines.push(
      `- Force layout, ${n(now.elements)} elements on the canvas: data → stable frame ${n(b)} ms with fcose's default quality (before) → ${n(a)} ms in ${now.layout.split(' ')[1]} (the page now): ${times(b, a)} sooner.`,
    );
  }
  for (const gl of render.filter((x) => x.requested === 'webgl' && x.elements > LARGE_SCENE && x.ran.includes('webgl'))) {
    const canvas = render.find((x) => x.elements === gl.elements && x.requested === 'canvas' && x.layout === gl.layout);
    if (!canvas || !/swiftshader|llvmpipe|software/i.test(gl.gpu)) continue;
    lines.push(
      `- ${n(gl.elements)} elements, panning and zooming: frame p50 ${n(gl.frameMs.p50)} ms on software WebGL (the page switched to it above ${n(LARGE_SCENE)} elements before) → ${n(canvas.frameMs.p50)} ms on the canvas (the page now keeps it where WebGL is software): ${times(gl.frameMs.p50, canvas.frameMs.p50)} faster.`,
    );
  }
  return lines;
}

function renderSection(r: BenchReport): string {
  if (!r.render.length) return '';
  const rows = r.render.map((x) => [
    n(x.elements),
    `${x.requested} → ${x.ran.join('/')}`,
    `${x.layout}${x.worker ? ' in the worker' : ''}`,
    x.levers ?? 'before',
    spread(x.firstStableFrameMs),
    spread(x.layoutMs),
    x.frameMs.p50,
    x.frameMs.p95,
    x.inputFrameMs?.p95 ?? NaN,
    x.inputDuringLayoutMs?.p95 ?? NaN,
  ]);
  const note =
    'The GPU string is what WebGL really ran on. SwiftShader is a software rasteriser on the CPU, so here the WebGL renderer competes with layout and style for the same two cores and is slower than the 2D canvas; on a machine with a GPU the comparison turns around. Levers: the page’s renderer options and style rules by scene size (client/graph/render-levers.ts) "now", or as before them. Frame p50/p95: programmatic pans and zooms; input p95: real mouse drags and wheel zooms, where Cytoscape’s viewport levers act; main-thread delay: how late a 25 ms task ran while the layout ran (what an input would wait).';
  const changes = pageChanges(r.render);
  const after = changes.length ? `\nThe page's two changes, before → after, from the rows above:\n\n${changes.join('\n')}\n` : '';
  return `### Rendering (headless Chromium, ${r.render[0]!.gpu})\n\n${note}\n\n${table(['elements', 'renderer requested → ran', 'layout', 'levers', 'data → stable frame ms', 'layout ms', 'frame p50 ms', 'frame p95 ms', 'input frame p95 ms', 'main-thread delay during layout p95 ms'], rows)}\n${after}`;
}

function profileSection(r: BenchReport): string {
  if (!r.profile) return '';
  const s = r.profile.sustained;
  const head = `### Server under sustained load (${sizeLabel(r.profile.size)} graph, ${s.seconds} s mix, ${s.connections} connections)\n\n${n(s.load.rps)} req/s, p50 ${n(s.load.latency.p50)} ms, p95 ${n(s.load.latency.p95)} ms, p99 ${n(s.load.latency.p99)} ms, ${s.load.errors} errors. RSS idle ${s.idle.rssMb} MB, under load ${spread(s.rssMb)} MB (max ${n(s.rssMb.max)}); heap used ${spread(s.heapUsedMb)} MB (max ${n(s.heapUsedMb.max)}). Server CPU ${s.serverCpuPct}% of a core; Neo4j ${s.neo4jCpuPct ?? '–'}%.\n`;
  const profiles = r.profile.requests.map((p) => {
    const rows = p.profile.parts.map((x) => [x.part, x.ms, `${n(x.share)}%`]);
    const ours = p.profile.ourTop.map((x) => `\`${x.frame}\` ${n(x.share)}%`).join(', ');
    return `#### CPU profile: ${p.workload} (${n(p.load.rps)} req/s, ${n(p.busyMsPerRequest)} ms CPU per request)\n\n${table(['part', 'ms', 'share of busy time'], rows)}\n\nTop own functions (self time): ${ours || '–'}.\n`;
  });
  return [head, ...profiles].join('\n');
}

export function markdownReport(r: BenchReport): string {
  const m = r.machine;
  return [
    `## Benchmarks (\`${r.command}\`, ${r.startedAt})\n\n${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, Neo4j ${r.neo4j.version} (heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}); load average at start ${m.loadAverageAtStart.join(' ')}. Total ${Math.round(r.totalSeconds)} s (${Object.entries(
      r.phaseSeconds,
    )
      .map(([k, v]) => `${k} ${Math.round(v)} s`)
      .join(', ')}).\n`,
    summarySection(r),
    loadSection(r),
    apiSection(r),
    growthSection(r),
    renderSection(r),
    profileSection(r),
    r.seed
      ? `### Seed\n\nThe CSTO file into an empty database: ${r.seed.cstoMs.join(', ')} ms (median ${r.seed.cstoMedianMs}, ${r.seed.relationships} relationships). 3,000 relationships under 1 type ${r.seed.oneTypeMs} ms, under 50 types ${r.seed.fiftyTypesMs} ms (${r.seed.fiftyOverOne}×).\n`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
