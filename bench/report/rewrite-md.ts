/**
 * Rewrites bench/results/<name>.md from its JSON (after a change to the tables), and adds the
 * summary to a report older than it (computed from its own measurements): `tsx bench/report/rewrite-md.ts latest`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdownReport } from './markdown.ts';
import { benchSummary } from './summary.ts';
import type { BenchReport } from './types.ts';

const dir = resolve(import.meta.dirname, '..', 'results');
const name = process.argv[2] ?? 'latest';
const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as BenchReport;
if (!report.summary) {
  report.summary = benchSummary(report);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
}
writeFileSync(join(dir, `${name}.md`), markdownReport(report));
