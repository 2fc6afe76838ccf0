import type { Corpus } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import type { Logger } from '../log.js';
import type { AskFeatures } from './ask/features.js';
import { extractClaimed, newClaims } from './build/claims.js';
import { articleQuotesInWorker } from './build/quotes-in-worker.js';
import { cpuSince, threadCpuMs } from './build/thread-cpu.js';
import { buildIndex, createEngine, type WarmableEngine } from './engine.js';
import { extractArticle, quoteBookFromArticles, quotedArticles, type QuoteBook } from './quotes.js';
import type { QuoteRecord } from './quotes/model.js';
import type { StoryAssignment } from './stories.js';

export interface BuildOptions {
  /** Already built (from a snapshot): not built again. */
  index?: PassageIndex;
  quoteBook?: QuoteBook;
  stories?: StoryAssignment;
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
  /** Share of the articles holding quotes that the worker extracted (0 on the fallback): taken one at a time, whatever it had time for. */
  worker_share: number;
  /** This thread's cost of the worker: cloning the articles to it (the records it sends back are cloned on receipt, inside quotes_ms). */
  transfer_ms: number;
  /** CPU time of this thread for the whole build, and of the worker for its share (null where unknown, or 0 for the worker on the fallback): on a shared machine, what the wall time would be on two idle cores is about the larger of the two. */
  main_cpu_ms: number | null;
  worker_cpu_ms: number | null;
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

/**
 * The index and the quote book, built on both cores: a worker thread extracts quotes article by
 * article while this thread builds the index, then both take the articles left, one at a time from a
 * shared counter, until none is left (quotes are extracted article by article; only the linking of
 * names spans articles, done here after). Same book as buildQuoteBook. If the worker fails, the
 * articles it did not deliver are extracted here, with a warning: slower, same result.
 */
export async function buildParts(corpus: Corpus, options: BuildOptions = {}): Promise<BuiltParts> {
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  const articles = options.quoteBook ? [] : quotedArticles(corpus.passages);
  const claims = newClaims();
  // Started first: the articles are cloned to the worker now, and it extracts while the index builds.
  const fromWorker = options.quoteBook ? undefined : articleQuotesInWorker(articles, claims).catch((error: Error) => error);
  const indexStarted = performance.now();
  const transferMs = indexStarted - started;
  const index = options.index ?? buildIndex(corpus, options.features);
  const indexMs = options.index ? 0 : performance.now() - indexStarted;
  let quoteBook = options.quoteBook;
  let quotesMs = 0;
  let inWorker = false;
  let workerMs = 0;
  let workerShare = 0;
  let workerCpuMs: number | null = 0;
  if (fromWorker) {
    const ownStarted = performance.now();
    const own = extractClaimed(articles, claims);
    const byArticle = new Array<QuoteRecord[] | undefined>(articles.length);
    for (const [i, records] of own) byArticle[i] = records;
    quotesMs = performance.now() - ownStarted;
    const answer = await fromWorker;
    if (answer instanceof Error) {
      options.logger?.warn({ reason: answer.message }, 'quote worker failed; extracting its articles in the main thread');
      const fallbackStarted = performance.now();
      for (let i = 0; i < articles.length; i++) byArticle[i] ??= extractArticle(articles[i]!);
      quotesMs += performance.now() - fallbackStarted;
    } else {
      for (const [i, records] of answer.done) byArticle[i] = records;
      workerMs = answer.ms;
      workerCpuMs = answer.cpu_ms;
      workerShare = articles.length ? answer.done.length / articles.length : 0;
      quotesMs += answer.ms;
      inWorker = true;
    }
    const bookStarted = performance.now();
    quoteBook = quoteBookFromArticles(byArticle.flatMap((records) => records!));
    quotesMs += performance.now() - bookStarted;
  }
  return { index, quoteBook: quoteBook!, timings: { index_ms: indexMs, quotes_ms: quotesMs, worker_ms: workerMs, worker_share: workerShare, transfer_ms: transferMs, main_cpu_ms: cpuSince(cpuStarted), worker_cpu_ms: workerCpuMs, quotes_in_worker: inWorker, wall_ms: performance.now() - started } };
}

/** A warm engine (index, quote book and attributions ready), its parts built in parallel by buildParts. */
export async function buildEngine(corpus: Corpus, options: BuildOptions = {}): Promise<{ engine: WarmableEngine; parts: BuiltParts }> {
  const parts = await buildParts(corpus, options);
  const engine = createEngine(corpus, {
    index: parts.index,
    quoteBook: parts.quoteBook,
    ...(options.stories ? { stories: options.stories } : {}),
    ...(options.features ? { features: options.features } : {}),
  });
  engine.warm();
  return { engine, parts };
}
