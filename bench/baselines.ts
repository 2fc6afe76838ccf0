import { create, insertMultiple, load, save, search, type AnyOrama } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/corpus/types.js';
import { liveBytesAfterGc } from './memory.js';
import { withLinearFindAllWords } from './orama-find-all-words.js';
import { timeCalls, timed, type Latency, type RoundLimits } from './timing.js';

export interface SnapshotFigures {
  save_ms: number;
  load_ms: number;
  bytes: number;
}

/** A plain engine measured on the same passages and queries as storybot. */
export interface BaselineFigures {
  build_ms: number;
  build_cpu_ms: number;
  heap_bytes: number;
  p50: number;
  p99: number;
  samples: number;
  cpu: Latency['cpu'];
  /** Id of the first hit per query, for R@1. */
  top: Map<string, string | undefined>;
  /** null when the engine's JSON does not fit in one string (V8 caps strings near 512 MB: around 150k passages for Orama). */
  snapshot: SnapshotFigures | null;
}

const ORAMA_SCHEMA = { text: 'string' } as const;

function documentsOf(passages: Passage[]): Array<{ id: string; text: string }> {
  return passages.map(({ id, text }) => ({ id, text }));
}

async function firstHits(queries: string[], topOf: (query: string) => Promise<string | undefined> | string | undefined): Promise<Map<string, string | undefined>> {
  const top = new Map<string, string | undefined>();
  for (const query of queries) top.set(query, await topOf(query));
  return top;
}

/** Stock Orama: default settings, one string field; searched with the linear findAllWords swapped in, and (`unpatched`) without. */
export async function measureOrama(
  passages: Passage[],
  queries: string[],
  limits: RoundLimits,
  options: { unpatchedBudgetMs: number },
): Promise<BaselineFigures & { unpatched: Latency | null }> {
  const before = liveBytesAfterGc();
  const build = await timed(async () => {
    const db = create({ schema: ORAMA_SCHEMA });
    await insertMultiple(db, documentsOf(passages));
    return db;
  });
  const db: AnyOrama = build.value;
  const heap_bytes = liveBytesAfterGc() - before;
  const run = async (term: string) => search(db, { term });
  const { latency, top } = await withLinearFindAllWords(async () => ({
    latency: await timeCalls(queries, run, limits),
    top: await firstHits(queries, async (term) => (await run(term)).hits[0]?.id),
  }));
  const unpatched =
    options.unpatchedBudgetMs > 0 ? await timeCalls(queries, run, { warmup: 0, rounds: 1, budgetMs: 0, firstPassMs: options.unpatchedBudgetMs }) : null;
  const snapshot = await oramaJsonSnapshot(db);
  return { build_ms: build.ms, build_cpu_ms: build.cpuMs, heap_bytes, p50: latency.p50, p99: latency.p99, samples: latency.samples, cpu: latency.cpu, top, snapshot, unpatched };
}

/** JSON.stringify, or null past V8's maximum string length. */
function jsonOrNull(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Orama's own persistence: save() to JSON text; load() into a fresh create() with the same schema. */
async function oramaJsonSnapshot(db: AnyOrama): Promise<SnapshotFigures | null> {
  const saved = await timed(() => jsonOrNull(save(db)));
  const text = saved.value;
  if (text === null) return null;
  const loaded = await timed(() => {
    const fresh = create({ schema: ORAMA_SCHEMA });
    load(fresh, JSON.parse(text));
    return fresh;
  });
  return { save_ms: saved.ms, load_ms: loaded.ms, bytes: Buffer.byteLength(text) };
}

/** Stock MiniSearch: default settings, fields ['text']. */
export async function measureMiniSearch(passages: Passage[], queries: string[], limits: RoundLimits): Promise<BaselineFigures> {
  const before = liveBytesAfterGc();
  const build = await timed(() => {
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll(documentsOf(passages));
    return index;
  });
  const index = build.value;
  const heap_bytes = liveBytesAfterGc() - before;
  const latency = await timeCalls(queries, (query) => index.search(query), limits);
  const top = await firstHits(queries, (query) => index.search(query)[0]?.id as string | undefined);
  const saved = await timed(() => jsonOrNull(index));
  const text = saved.value;
  const loaded = text === null ? null : await timed(() => MiniSearch.loadJSON(text, { fields: ['text'] }));
  return {
    build_ms: build.ms,
    build_cpu_ms: build.cpuMs,
    heap_bytes,
    p50: latency.p50,
    p99: latency.p99,
    samples: latency.samples,
    cpu: latency.cpu,
    top,
    snapshot: text === null || loaded === null ? null : { save_ms: saved.ms, load_ms: loaded.ms, bytes: Buffer.byteLength(text) },
  };
}
