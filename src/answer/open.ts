import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { indexedPassages, type PassageIndex } from '../index/passage-index.js';
import { loadSnapshot, snapshotIsFresh } from '../index/snapshot.js';
import type { Logger } from '../log.js';
import { createEngineCore, type WarmableEngine } from './engine-core.js';
import { restoreQuoteBook, type QuoteBook, type QuoteBookData } from './quote-book.js';
import { isStoryAssignment, type StoryAssignment } from './stories.js';

/** Name of the quote book among the snapshot's attachments. */
export const QUOTE_BOOK_ATTACHMENT = 'quoteBook';
/** Name of the story assignment among the snapshot's attachments. */
export const STORIES_ATTACHMENT = 'stories';

export interface OpenOptions {
  /**
   * Build the quote book before returning (it comes from the snapshot when there is one), so that
   * /quote and speaker autocomplete answer from memory. Long-running transports (gateway, HTTP) set
   * it; one-shot CLI commands leave it lazy.
   */
  warm?: boolean;
  /**
   * Quote and speaker look-ups will be made (`storybot quote`): quote extraction (compromise, about a
   * second to load) is loaded unless the snapshot holds the book. Without it or `warm`, a question is
   * answered without extracting quotes: it credits quoted speakers only if the snapshot held the book.
   */
  quotes?: boolean;
}

export interface OpenedEngine {
  engine: WarmableEngine;
  corpus: Corpus;
  /** The snapshot was loaded, there was none, or there was one that could not be used (stale, truncated, of other passages or another format: said in one warning). */
  snapshot: 'used' | 'none' | 'ignored';
}

/**
 * Loads the configured corpus and everything answers need. Used by every transport at start-up.
 * The index (and the quote book) come from the snapshot when it is newer than every corpus file and
 * built from the same passages; otherwise the index is built in-process (with `warm`, the quote book
 * in a worker thread meanwhile).
 */
export async function openEngine(config: Config, logger: Logger, options: OpenOptions = {}): Promise<OpenedEngine> {
  const started = performance.now();
  const corpus = await loadCorpus(config.corpusDir, { logger });
  let index: PassageIndex | undefined;
  let quoteBook: QuoteBook | undefined;
  let stories: StoryAssignment | undefined;
  if (snapshotIsFresh(config.snapshotPath, corpus.sources.map((source) => source.file))) {
    const loaded = loadSnapshot(config.snapshotPath, indexedPassages(corpus));
    if ('index' in loaded) {
      index = loaded.index;
      const data = loaded.attachments[QUOTE_BOOK_ATTACHMENT] as QuoteBookData | undefined;
      try {
        if (data) quoteBook = restoreQuoteBook(data);
      } catch (error) {
        logger.warn({ snapshot: config.snapshotPath, reason: (error as Error).message }, 'quote book in the snapshot not used; extracting quotes');
      }
      const assignment = loaded.attachments[STORIES_ATTACHMENT];
      if (isStoryAssignment(assignment, corpus)) stories = assignment;
      else if (assignment !== undefined) logger.warn({ snapshot: config.snapshotPath, reason: 'not a story assignment for this corpus' }, 'stories in the snapshot not used; finding them again');
    } else logger.warn({ snapshot: config.snapshotPath, reason: loaded.reason }, 'index snapshot not used; building the index');
  } else if (existsSync(config.snapshotPath)) {
    logger.warn({ snapshot: config.snapshotPath, reason: 'a corpus file is newer (run storybot index)' }, 'index snapshot not used; building the index');
  }
  const prebuilt = { ...(index ? { index } : {}), ...(quoteBook ? { quoteBook } : {}), ...(stories ? { stories } : {}) };
  // Warm: what the snapshot lacks is built now, the index and the quote book in parallel; otherwise lazily,
  // and quote extraction (compromise) is loaded only for quote look-ups.
  let engine: WarmableEngine;
  if (options.warm) engine = (await (await import('./build.js')).buildEngine(corpus, { ...prebuilt, logger })).engine;
  else if (options.quotes && !quoteBook) engine = createEngineCore(corpus, { ...prebuilt, extractQuotes: (await import('./quotes.js')).buildQuoteBook });
  else engine = createEngineCore(corpus, prebuilt);
  logger.info(
    { passages: corpus.passages.length, sources: corpus.sources.length, snapshot: index !== undefined, ms: Math.round(performance.now() - started) },
    'engine ready',
  );
  const snapshot = index ? 'used' : existsSync(config.snapshotPath) ? 'ignored' : 'none';
  return { engine, corpus, snapshot };
}
