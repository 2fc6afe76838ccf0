import { loadavg } from 'node:os';
import { buildEngine } from '../src/answer/build.js';
import { renderAsk, type AskView } from '../src/render/discord/ask.js';
import { autocompletePrefixes } from './autocomplete.js';
import { measureMiniSearch, measureOrama, type BaselineFigures } from './baselines.js';
import { buildBenchCorpus } from './corpus.js';
import { loadSpeeches } from './distractors.js';
import { liveBytesAfterGc, rssBytes } from './memory.js';
import { loadQueries, recallAt1 } from './queries.js';
import { measureEngineSnapshot } from './snapshot.js';
import { timeCalls, timed, type RoundLimits } from './timing.js';

const MAX_UNPATCHED_PASSAGES = 200_000;

export interface SizeOptions {
  /** Total passages (story + distractors); null: the story's own articles alone. */
  passages: number | null;
  limits: RoundLimits;
  /** Time allowed for one pass of the queries through stock Orama (no linear findAllWords); 0 skips it. */
  unpatchedBudgetMs: number;
}

function log(msg: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ level: 'info', msg, ...fields })}\n`);
}

/** The figures without the per-query first hits (used for R@1 only). */
function baseline<F extends BaselineFigures>(figures: F, r1: number | null): Omit<F, 'top'> & { r1: number | null } {
  const { top: _top, ...rest } = figures;
  return { ...rest, r1 };
}

export async function measureSize(options: SizeOptions) {
  const queries = loadQueries();
  loadSpeeches();
  const heapStart = liveBytesAfterGc();
  const rssStart = rssBytes();

  const built = await timed(() => buildBenchCorpus(options.passages));
  const { corpus, storySources } = built.value;
  const passages = corpus.passages.length;
  log('corpus ready', { passages, ms: Math.round(built.ms) });
  const corpusBytes = liveBytesAfterGc() - heapStart;

  // As openEngine builds a warm engine: the index here while a worker thread extracts the quote book, then the rest (attributions).
  const build = await timed(() => buildEngine(corpus));
  const { engine, parts } = build.value;
  const { timings } = parts;
  if (!timings.quotes_in_worker) throw new Error('the quote worker failed: the build ran on one core');
  const buildMs = build.ms;
  const restMs = buildMs - timings.wall_ms;
  const heapBytes = liveBytesAfterGc() - heapStart;
  const rss = rssBytes() - rssStart;
  log('engine built', { build_ms: Math.round(buildMs), index_ms: Math.round(timings.index_ms), quotes_ms: Math.round(timings.quotes_ms), worker_ms: Math.round(timings.worker_ms), worker_share: Number(timings.worker_share.toFixed(2)), transfer_ms: Math.round(timings.transfer_ms), rest_ms: Math.round(restMs), main_cpu_ms: timings.main_cpu_ms, worker_cpu_ms: timings.worker_cpu_ms, load_average: loadavg()[0] });

  const { startup_ms: startupMs, ...snapshot } = await measureEngineSnapshot(corpus, parts.index, engine);
  log('snapshot measured', { bytes: snapshot.bytes, load_ms: Math.round(snapshot.load_ms), startup_ms: Math.round(startupMs) });
  const view: AskView = { ownerId: '0', now: Date.now(), ephemeral: false, sources: new Map(corpus.sources.map((s) => [s.id, s])) };
  const ask = await timeCalls(queries.all, (question) => JSON.stringify(renderAsk(engine.ask(question), 0, view)), options.limits);
  const autocomplete = await timeCalls(autocompletePrefixes(engine), (prefix) => engine.speakers(prefix), options.limits);
  const r1 = recallAt1(queries.gold, (question) => engine.ask(question, { limit: 1 }).passages[0], storySources);
  log('engine measured', { ask_p99: ask.p99 });

  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));
  const recallOf = (figures: BaselineFigures) => recallAt1(queries.gold, (q) => passageById.get(figures.top.get(q) ?? ''), storySources);
  // One unpatched call cannot be interrupted and grows with the square of the matches (17 s at 100k): not past 200k.
  const unpatchedBudgetMs = passages > MAX_UNPATCHED_PASSAGES ? 0 : options.unpatchedBudgetMs;
  const orama = await measureOrama(corpus.passages, queries.all, options.limits, { unpatchedBudgetMs });
  log('orama measured', { p99: orama.p99 });
  const minisearch = await measureMiniSearch(corpus.passages, queries.all, options.limits);
  log('minisearch measured', { p99: minisearch.p99 });

  return {
    passages,
    /** 1-minute load average when the size finished: above the core count, other work competed for the CPU. */
    load_average: loadavg()[0]!,
    build_ms: buildMs,
    /** build_ms is wall time: the worker's share of quotes_ms runs alongside the index, so it is less than the sum. */
    build: { index_ms: timings.index_ms, quotes_ms: timings.quotes_ms, worker_ms: timings.worker_ms, worker_share: timings.worker_share, transfer_ms: timings.transfer_ms, rest_ms: restMs, cpu_ms: build.cpuMs, main_cpu_ms: timings.main_cpu_ms, worker_cpu_ms: timings.worker_cpu_ms },
    snapshot,
    /** Start-up from the snapshot as openEngine does it, the corpus already in memory. */
    startup_ms: startupMs,
    heap_bytes: heapBytes,
    heap: { corpus_bytes: corpusBytes, engine_bytes: heapBytes - corpusBytes, per_passage: heapBytes / passages },
    rss_bytes: rss,
    rss_per_passage: rss / passages,
    ask,
    autocomplete: { p99: autocomplete.p99, p50: autocomplete.p50, samples: autocomplete.samples, cpu: autocomplete.cpu },
    baselines: { orama: baseline(orama, recallOf(orama)), minisearch: baseline(minisearch, recallOf(minisearch)) },
    ratios: { orama_p99_over_ask_p99: orama.p99 / ask.p99, minisearch_p99_over_ask_p99: minisearch.p99 / ask.p99 },
    r1,
  };
}

export type SizeResult = Awaited<ReturnType<typeof measureSize>>;
