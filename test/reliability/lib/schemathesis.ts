/**
 * Schemathesis, the OpenAPI fuzzer, in a virtual environment under test-results/.venv that the
 * test makes itself the first time (and reuses after). It comes from PyPI through pip: when
 * PyPI cannot be reached the test fails and says so, instead of passing without fuzzing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..', '..');
export const venv = join(root, 'test-results', '.venv');
const cli = join(venv, 'bin', 'schemathesis');
/** The major version whose command line this test speaks. */
const REQUIREMENT = 'schemathesis>=4.32,<5';

async function installedVersion(): Promise<string | null> {
  if (!existsSync(cli)) return null;
  try {
    const { stdout } = await run(cli, ['--version'], { timeout: 60_000 });
    return /version (4\.\d+\.\d+)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The path of the schemathesis command, installing it first if needed. */
export async function ensureSchemathesis(log: (m: string) => void = console.info): Promise<string> {
  if (await installedVersion()) return cli;
  log(`[fuzz] installing ${REQUIREMENT} from PyPI into ${venv} (first run only)`);
  try {
    await run('python3', ['-m', 'venv', venv], { timeout: 120_000 });
    await run(join(venv, 'bin', 'pip'), ['install', '--quiet', REQUIREMENT], { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const tail = (err.stderr ?? err.message).trim().split('\n').slice(-3).join(' / ');
    throw new Error(
      `Could not install ${REQUIREMENT} into ${venv}: the fuzz test needs python3 with venv and PyPI reachable through pip once (later runs reuse the folder). pip said: ${tail}`,
      { cause: e },
    );
  }
  const version = await installedVersion();
  if (!version) throw new Error(`schemathesis was installed into ${venv} but does not run`);
  return cli;
}

export interface FuzzReport {
  exitCode: number;
  generated: number;
  withFailures: number;
  failures: { code: string; title: string; operations: string[] }[];
  operationsTested: number;
  output: string;
}

export interface FuzzOptions {
  openApiUrl: string;
  baseUrl: string;
  maxExamples: number;
  maxTimeSec: number;
  seed: number;
  workDir: string;
}

export async function fuzz(o: FuzzOptions): Promise<FuzzReport> {
  const command = await ensureSchemathesis();
  const reportPath = join(o.workDir, 'report.json');
  const args = [
    'run',
    o.openApiUrl,
    '--url',
    o.baseUrl,
    '--checks',
    'not_a_server_error,response_schema_conformance,status_code_conformance',
    '--max-examples',
    String(o.maxExamples),
    '--max-time',
    String(o.maxTimeSec),
    '--seed',
    String(o.seed),
    '--workers',
    '2',
    '--request-timeout',
    '20',
    '--no-color',
    '--output-truncate',
    'true',
    '--report',
    'json',
    '--report-json-path',
    reportPath,
  ];
  let output: string;
  let exitCode = 0;
  try {
    ({ stdout: output } = await run(command, args, { cwd: o.workDir, timeout: (o.maxTimeSec + 120) * 1000, maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof err.code !== 'number') throw e;
    exitCode = err.code;
    output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    operations: { tested: number };
    test_cases: { generated: number; with_failures: number };
    failures: { code: string; title: string; operations: string[] }[];
  };
  return {
    exitCode,
    generated: report.test_cases.generated,
    withFailures: report.test_cases.with_failures,
    failures: report.failures,
    operationsTested: report.operations.tested,
    output,
  };
}
