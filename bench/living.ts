// npm run bench:living [-- --sizes seeds,2000,10000]: a running engine over a corpus folder that
// changes (src/answer/living.ts). Per size: start-up, how long until an article dropped into the
// folder answers and until a deleted one is gone, /ask latency (as an interaction sees it: waiting
// included) idle and during a stream of additions, and whether every question was answered.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { openLivingEngine, type LivingEngine } from '../src/answer/living.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { CORPUS_DIR } from './corpus.js';
import { distractorArticles } from './distractors.js';
import { percentile } from './timing.js';

const QUESTIONS = ['What did the president offer?', 'Who rejected the troops?', 'Why did the talks fail?'];
const ADDITIONS = 10;
const ADD_EVERY_MS = 400;
const ASK_EVERY_MS = 5;

/** A folder with the seeds and State of the Union distractor articles as files, `passages` in all. */
function corpusFolder(passages: number | null): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'storybot-bench-living-')), 'corpus');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  let missing = passages === null ? 0 : passages - 51;
  let n = 0;
  for (const article of distractorArticles()) {
    if (missing <= 0) break;
    const paragraphs = article.paragraphs.slice(0, missing).map((sentences) => sentences.join(' '));
    writeFileSync(join(dir, `sotu-${String(++n).padStart(6, '0')}.txt`), `${paragraphs.join('\n\n')}\n`);
    writeFileSync(join(dir, `sotu-${String(n).padStart(6, '0')}.meta.json`), JSON.stringify({ outlet: 'State of the Union', title: article.title }));
    missing -= paragraphs.length;
  }
  return dir;
}

/** An article nothing else in the corpus resembles, its keeper named by `n`. */
const article = (n: number) =>
  [`The harbour council voted to relight the lighthouse on the breakwater, dark for eleven years.`, `The lighthouse keeper, Keeper Number${n}, will restore the lamp room every weekend.`].join('\n\n');

async function until(check: () => boolean, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) return NaN;
    await delay(5);
  }
  return performance.now() - started;
}

/** Questions asked every ASK_EVERY_MS while `during` runs: each one's latency from when it was due (event-loop waits included). */
async function askWhile(engine: LivingEngine, during: Promise<unknown>): Promise<{ latencies: number[]; failed: number }> {
  const latencies: number[] = [];
  let failed = 0;
  let done = false;
  void during.finally(() => (done = true));
  for (let i = 0; !done; i++) {
    const due = performance.now() + ASK_EVERY_MS;
    await delay(ASK_EVERY_MS);
    try {
      engine.ask(QUESTIONS[i % QUESTIONS.length]!);
    } catch {
      failed++;
    }
    latencies.push(performance.now() - due);
  }
  return { latencies, failed };
}

async function measure(passages: number | null) {
  const dir = corpusFolder(passages);
  const logger = createLogger('warn');
  const started = performance.now();
  const engine = await openLivingEngine(parseConfig({ CORPUS_DIR: dir, SNAPSHOT_PATH: join(dir, '..', 'index.snapshot') }), logger, { rewriteSnapshot: false });
  const startupMs = performance.now() - started;
  const size = engine.current().corpus.passages.length;
  const cites = (id: string) => engine.ask('Who is the lighthouse keeper?').passages.some((p) => p.sourceId === id);

  const idle = await askWhile(engine, delay(2000));
  // The first change after start-up also looks up the whole vocabulary's synonyms and extracts every article's quotes (then cached).
  writeFileSync(join(dir, 'first.txt'), article(0));
  const firstAddMs = await until(() => cites('first'));
  writeFileSync(join(dir, 'added.txt'), article(1));
  const addMs = await until(() => cites('added'));
  rmSync(join(dir, 'added.txt'));
  const removeMs = await until(() => !cites('added'));

  const stream = (async () => {
    for (let n = 0; n < ADDITIONS; n++) {
      writeFileSync(join(dir, `stream-${n}.txt`), article(100 + n));
      await delay(ADD_EVERY_MS);
    }
    await engine.settled();
    await until(() => cites(`stream-${ADDITIONS - 1}`));
  })();
  const busy = await askWhile(engine, stream);
  engine.close();
  rmSync(join(dir, '..'), { recursive: true, force: true });
  return {
    passages: size,
    startup_ms: Math.round(startupMs),
    first_add_ms: Math.round(firstAddMs),
    add_ms: Math.round(addMs),
    remove_ms: Math.round(removeMs),
    idle_p99_ms: percentile(idle.latencies, 99),
    busy_p99_ms: percentile(busy.latencies, 99),
    busy_max_ms: Math.max(...busy.latencies),
    asked: idle.latencies.length + busy.latencies.length,
    failed: idle.failed + busy.failed,
  };
}

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg >= 0 ? process.argv[sizesArg + 1]! : 'seeds,2000').split(',').map((s) => (s === 'seeds' ? null : Number(s)));
const rows: string[] = [];
for (const size of sizes) {
  process.stderr.write(`${JSON.stringify({ level: 'info', msg: 'measuring', passages: size ?? 'seeds' })}\n`);
  const r = await measure(size);
  process.stderr.write(`${JSON.stringify(r)}\n`);
  const f = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
  rows.push(`| ${r.passages.toLocaleString('en-US')} | ${(r.startup_ms / 1000).toFixed(1)} | ${f(r.first_add_ms)} | ${f(r.add_ms)} | ${f(r.remove_ms)} | ${f(r.idle_p99_ms)} / ${f(r.busy_p99_ms)} (max ${f(r.busy_max_ms)}) | ${r.asked - r.failed} of ${r.asked} |`);
}
process.stdout.write(
  [
    '| passages | start-up s | first change answerable ms | article added → answerable ms | removed → gone ms | /ask p99 ms idle / during additions (as waited) | questions answered |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n') + '\n',
);
