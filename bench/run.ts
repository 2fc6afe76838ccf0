// npm run bench [-- --sizes seeds,10000,100000] [--huge] [--json]: what /ask costs as the corpus grows,
// side by side with stock Orama and MiniSearch. One child process per size; the table on stdout, and
// with --json one JSON line last. Progress goes to stderr.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, type BenchArgs } from './args.js';
import { describeMachine } from './machine.js';
import type { SizeOptions } from './measure-size.js';
import type { SizeResult } from './measure-size.js';
import { formatTables } from './table.js';

const CHILD = fileURLToPath(new URL('./size-process.ts', import.meta.url));
// 1M passages need several GB; the default old-space limit would stop well before.
const CHILD_HEAP_MB = 16_000;

function runSize(options: SizeOptions, timeoutMs: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', CHILD, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`size ${options.passages ?? 'seeds'} stopped after ${timeoutMs / 60_000} min (${signal})`));
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last) resolve(JSON.parse(last) as SizeResult);
      else reject(new Error(`size ${options.passages ?? 'seeds'} failed (exit ${code})`));
    });
  });
}

async function main(args: BenchArgs): Promise<number> {
  const machine = describeMachine();
  const results: SizeResult[] = [];
  const failures: Array<{ passages: number | null; error: string }> = [];
  for (const passages of args.sizes) {
    process.stderr.write(`${JSON.stringify({ level: 'info', msg: 'measuring', passages: passages ?? 'seeds' })}\n`);
    try {
      results.push(await runSize({ passages, limits: { warmup: 1, rounds: args.rounds, budgetMs: args.budgetMs, firstPassMs: 4 * args.budgetMs }, unpatchedBudgetMs: args.unpatchedBudgetMs }, args.timeoutMs));
    } catch (error) {
      failures.push({ passages, error: (error as Error).message });
      process.stderr.write(`${JSON.stringify({ level: 'error', msg: (error as Error).message })}\n`);
    }
  }
  process.stdout.write(`${formatTables(machine, results)}\n`);
  for (const failure of failures) process.stdout.write(`\nNot measured: ${failure.error}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify({ machine, results, ...(failures.length > 0 ? { failures } : {}) })}\n`);
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(parseArgs(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message.trim()}\n`);
  process.exitCode = 2;
}
