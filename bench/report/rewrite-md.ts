/** Rewrites bench/results/<name>.md from its JSON (after a change to the tables): `tsx bench/report/rewrite-md.ts latest`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdownReport } from './markdown.ts';
import type { BenchReport } from './types.ts';

const dir = resolve(import.meta.dirname, '..', 'results');
const name = process.argv[2] ?? 'latest';
const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as BenchReport;
writeFileSync(join(dir, `${name}.md`), markdownReport(report));
