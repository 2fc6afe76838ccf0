import type { Corpus } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import type { Logger } from '../log.js';
import type { AskFeatures } from './ask/features.js';
import { quoteBookInWorker } from './build/quotes-in-worker.js';
import { buildIndex, createEngine, type WarmableEngine } from './engine.js';
import { buildQuoteBook, restoreQuoteBook, type QuoteBook } from './quotes.js';

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
  /** Quote extraction: the worker's own time, or this thread's on the fallback (0 if it was given). */
  quotes_ms: number;
  /** This thread's share of the worker's cost: cloning the corpus to it and restoring the book it sends back. */
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

/**
 * The index and the quote book, built on both cores: quotes are extracted in a worker thread while
 * this thread builds the index (each is seconds at 100k passages). If the worker fails, the quote
 * book is extracted here after the index, with a warning: slower, same result.
 */
export async function buildParts(corpus: Corpus, options: BuildOptions = {}): Promise<BuiltParts> {
  const started = performance.now();
  // Started first: the corpus is cloned to the worker now, and the worker extracts while the index builds.
  const fromWorker = options.quoteBook ? undefined : quoteBookInWorker(corpus).catch((error: Error) => error);
  const indexStarted = performance.now();
  let transferMs = indexStarted - started;
  const index = options.index ?? buildIndex(corpus, options.features);
  const indexMs = options.index ? 0 : performance.now() - indexStarted;
  let quoteBook = options.quoteBook;
  let quotesMs = 0;
  let inWorker = false;
  if (fromWorker) {
    const answer = await fromWorker;
    if (answer instanceof Error) {
      options.logger?.warn({ reason: answer.message }, 'quote worker failed; extracting quotes in the main thread');
      const extractStarted = performance.now();
      quoteBook = buildQuoteBook(corpus);
      quotesMs = performance.now() - extractStarted;
    } else {
      const restoreStarted = performance.now();
      quoteBook = restoreQuoteBook(answer.data);
      transferMs += performance.now() - restoreStarted;
      quotesMs = answer.ms;
      inWorker = true;
    }
  }
  return { index, quoteBook: quoteBook!, timings: { index_ms: indexMs, quotes_ms: quotesMs, transfer_ms: transferMs, quotes_in_worker: inWorker, wall_ms: performance.now() - started } };
}

/** A warm engine (index, quote book and attributions ready), its parts built in parallel by buildParts. */
export async function buildEngine(corpus: Corpus, options: BuildOptions = {}): Promise<{ engine: WarmableEngine; parts: BuiltParts }> {
  const parts = await buildParts(corpus, options);
  const engine = createEngine(corpus, { index: parts.index, quoteBook: parts.quoteBook, ...(options.features ? { features: options.features } : {}) });
  engine.warm();
  return { engine, parts };
}
