import type { Corpus, Passage } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import type { Logger } from '../log.js';
import type { AskFeatures } from './ask/features.js';
import { articleQuotesInWorker } from './build/quotes-in-worker.js';
import { buildIndex, createEngine, type WarmableEngine } from './engine.js';
import { extractArticles, quoteBookFromArticles, type QuoteBook } from './quotes.js';
import type { QuoteRecord } from './quotes/model.js';

export interface BuildOptions {
  /** Already built (from a snapshot): not built again. */
  index?: PassageIndex;
  quoteBook?: QuoteBook;
  features?: Partial<AskFeatures>;
  /** Told when the worker fails and the quote book is extracted in this thread instead. */
  logger?: Pick<Logger, 'warn'>;
}

export interface BuildTimings {
  /** Index build in this thread (0 if it was given). */
  index_ms: number;
  /** Quote extraction, the worker's share (its own time) plus this thread's and the book's assembly; 0 if it was given. */
  quotes_ms: number;
  /** The worker's share of quotes_ms (0 on the fallback): against index_ms plus the rest of quotes_ms, how well the two threads are balanced. */
  worker_ms: number;
  /** This thread's cost of the worker: cloning its passages to it (the records it sends back are cloned on receipt, inside quotes_ms). */
  transfer_ms: number;
  /** Whether the quote book came from the worker thread. */
  quotes_in_worker: boolean;
  /** Wall time of the whole build. */
  wall_ms: number;
}

export interface BuiltParts {
  index: PassageIndex;
  quoteBook: QuoteBook;
  timings: BuildTimings;
}

/** Share of the articles' passages whose quotes the worker extracts; this thread takes the rest after the index (at 100k: the index about 9 s, quotes about 20 s of work; this share ends both threads together). */
const WORKER_SHARE = 0.72;

/**
 * The passages split in two at an article boundary, whole articles each side, in corpus order (so
 * that the records of both, concatenated, are in the order of one pass over the corpus).
 */
function splitArticles(passages: readonly Passage[], share: number): [Passage[], Passage[]] {
  const order = new Map<string, number>();
  for (const passage of passages) if (!order.has(passage.sourceId)) order.set(passage.sourceId, order.size);
  const counts = new Array<number>(order.size).fill(0);
  for (const passage of passages) counts[order.get(passage.sourceId)!]!++;
  let cut = 0;
  for (let taken = 0; cut < counts.length && taken < passages.length * share; cut++) taken += counts[cut]!;
  const first: Passage[] = [];
  const rest: Passage[] = [];
  for (const passage of passages) (order.get(passage.sourceId)! < cut ? first : rest).push(passage);
  return [first, rest];
}

/**
 * The index and the quote book, built on both cores: a worker thread extracts the quotes of most of
 * the articles (WORKER_SHARE) while this thread builds the index, then extracts the rest
 * (quotes are extracted article by article; only the linking of names spans articles, done here
 * after). Same book as buildQuoteBook. If the worker fails, its articles are extracted here too,
 * with a warning: slower, same result.
 */
export async function buildParts(corpus: Corpus, options: BuildOptions = {}): Promise<BuiltParts> {
  const started = performance.now();
  const [workerPassages, ownPassages] = options.quoteBook ? [[], []] : splitArticles(corpus.passages, WORKER_SHARE);
  // Started first: its passages are cloned to the worker now, and it extracts while the index builds.
  const fromWorker = options.quoteBook ? undefined : articleQuotesInWorker(workerPassages).catch((error: Error) => error);
  const indexStarted = performance.now();
  let transferMs = indexStarted - started;
  const index = options.index ?? buildIndex(corpus, options.features);
  const indexMs = options.index ? 0 : performance.now() - indexStarted;
  let quoteBook = options.quoteBook;
  let quotesMs = 0;
  let inWorker = false;
  let workerMs = 0;
  if (fromWorker) {
    const ownStarted = performance.now();
    const own = extractArticles(ownPassages);
    const ownMs = performance.now() - ownStarted;
    const answer = await fromWorker;
    let first: QuoteRecord[];
    if (answer instanceof Error) {
      options.logger?.warn({ reason: answer.message }, 'quote worker failed; extracting all quotes in the main thread');
      const fallbackStarted = performance.now();
      first = extractArticles(workerPassages);
      quotesMs = ownMs + performance.now() - fallbackStarted;
    } else {
      first = answer.records;
      workerMs = answer.ms;
      quotesMs = ownMs + answer.ms;
      inWorker = true;
    }
    const bookStarted = performance.now();
    quoteBook = quoteBookFromArticles([...first, ...own]);
    quotesMs += performance.now() - bookStarted;
  }
  return { index, quoteBook: quoteBook!, timings: { index_ms: indexMs, quotes_ms: quotesMs, worker_ms: workerMs, transfer_ms: transferMs, quotes_in_worker: inWorker, wall_ms: performance.now() - started } };
}

/** A warm engine (index, quote book and attributions ready), its parts built in parallel by buildParts. */
export async function buildEngine(corpus: Corpus, options: BuildOptions = {}): Promise<{ engine: WarmableEngine; parts: BuiltParts }> {
  const parts = await buildParts(corpus, options);
  const engine = createEngine(corpus, { index: parts.index, quoteBook: parts.quoteBook, ...(options.features ? { features: options.features } : {}) });
  engine.warm();
  return { engine, parts };
}
