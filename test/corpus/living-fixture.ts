import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** A copy of the seed corpus in a temporary folder (a test may change it), with a snapshot path beside it. */
export function corpusCopy(): { dir: string; corpusDir: string; snapshotPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-living-'));
  const corpusDir = join(dir, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  return { dir, corpusDir, snapshotPath: join(dir, 'index.snapshot') };
}

/** An article written for these tests: nothing like it is in the seeds, so its words answer only from it. */
export function lighthouseArticle(keeper: string): string {
  return [
    `The harbour council voted on Tuesday to reopen the old lighthouse on the northern breakwater, which has stood dark for eleven years.`,
    `The lighthouse keeper, ${keeper}, will restore the lamp room and guide visitors up the spiral staircase every weekend.`,
    `Fishing crews had asked for the beacon to be relit after two trawlers ran aground on the breakwater last winter.`,
  ].join('\n\n');
}

/** Writes an article and its sidecar, the sidecar first, each through a temporary name (as an editor's save would). */
export function dropArticle(corpusDir: string, name: string, text: string, meta: Record<string, string>): void {
  const write = (file: string, content: string) => {
    const temporary = join(corpusDir, `.${file}.tmp`);
    writeFileSync(temporary, content);
    cpSync(temporary, join(corpusDir, file));
  };
  write(`${name}.meta.json`, JSON.stringify(meta));
  write(`${name}.txt`, text);
}

/** Polls `check` until it is true or `ms` have passed; returns how long it took, or throws. */
export async function within(ms: number, check: () => boolean | Promise<boolean>, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (await check()) return performance.now() - started;
    await delay(25);
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

const ENTRY = new URL('../http/cli-entry.ts', import.meta.url).pathname;

/** `storybot <args>` from the sources in a child process, with the given environment over a minimal one; its stderr kept. */
export function spawnStorybot(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', COOLDOWN_SECONDS: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = () => stderr.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { msg: string; [key: string]: unknown });
  return { child, exit, stderr: () => stderr, lines };
}
