import { basename } from 'node:path';
import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus, LoadWarning } from '../corpus/types.js';
import { watchCorpus } from '../corpus/watch.js';
import { saveSnapshot } from '../index/snapshot.js';
import type { Logger } from '../log.js';
import type { WarmableEngine } from './engine-core.js';
import { openEngine, QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT } from './open.js';
import { serializeQuoteBook } from './quote-book.js';
import type { EngineRebuilder } from './rebuild.js';
import type { Engine } from './types.js';

export interface LivingOptions {
  /** Quiet time after the last file event before the corpus is read again (default 300 ms). */
  debounceMs?: number;
  /** Rewrite the index snapshot after each change, so that a restart is fast again (default true). */
  rewriteSnapshot?: boolean;
}

/** An engine over a corpus folder that follows the folder's changes while the bot runs. */
export interface LivingEngine extends Engine {
  /** The engine answering now: one corpus, never half of a change. */
  current(): WarmableEngine;
  /** Resolves once every change reported so far is answered from (for tests and the bench). */
  settled(): Promise<void>;
  /** Stops watching; the engine keeps answering from the corpus it has. */
  close(): void;
}

const warningKey = (warning: LoadWarning): string => `${warning.file}\0${warning.code}\0${warning.reason}`;

/**
 * Opens the configured corpus warm (openEngine) and watches its folder. A change (a file added,
 * edited or removed, its sidecar included) is read once the folder is quiet, a new engine is built
 * beside the one answering, and it replaces it in one assignment: every call sees the corpus before
 * or after the change. Load warnings are logged once per change: those that are new, and those of
 * the files that changed. A change arriving during a rebuild is taken by the next one.
 *
 * The rebuild runs in this process (EngineRebuilder): quotes and synonyms only for what changed, the
 * postings and stories whole, so its time grows with the corpus (see docs/performance.md).
 */
export async function openLivingEngine(config: Config, logger: Logger, options: LivingOptions = {}): Promise<LivingEngine> {
  const opened = await openEngine(config, logger, { warm: true });
  let current = opened.engine;
  // A snapshot that could not be used (its one warning given) is written again for the next start.
  if (opened.snapshot === 'ignored' && options.rewriteSnapshot !== false) setImmediate(() => rewriteSnapshot(config.snapshotPath, opened.engine, logger));
  let seenWarnings = new Set(current.corpus.warnings.map(warningKey));
  let pending = new Set<string>();
  let running: Promise<void> | null = null;
  let rebuilder: EngineRebuilder | undefined;

  const reload = async (names: ReadonlySet<string>): Promise<void> => {
    const started = performance.now();
    let corpus: Corpus;
    try {
      corpus = await loadCorpus(config.corpusDir);
    } catch (error) {
      logger.error({ corpus: config.corpusDir, reason: (error as Error).message }, 'corpus folder changed but cannot be read; answering from the corpus as it was');
      return;
    }
    for (const warning of corpus.warnings) {
      const name = basename(warning.file);
      if (!seenWarnings.has(warningKey(warning)) || names.has(name)) logger.warn(warning, `corpus: ${name}: ${warning.reason}`);
    }
    seenWarnings = new Set(corpus.warnings.map(warningKey));
    // Warm before it answers; only what the change touched is extracted or looked up again.
    rebuilder ??= new (await import('./rebuild.js')).EngineRebuilder();
    const next = rebuilder.build(corpus);
    const before = new Set(current.corpus.sources.map((source) => source.id));
    const after = new Set(corpus.sources.map((source) => source.id));
    current = next;
    logger.info(
      {
        added: [...after].filter((id) => !before.has(id)),
        removed: [...before].filter((id) => !after.has(id)),
        sources: corpus.sources.length,
        passages: corpus.passages.length,
        ms: Math.round(performance.now() - started),
      },
      'corpus changed: answering from it now',
    );
    if (options.rewriteSnapshot !== false) setImmediate(() => rewriteSnapshot(config.snapshotPath, next, logger));
  };

  /** One rebuild at a time; changes reported meanwhile are gathered for the next. */
  const drain = async (): Promise<void> => {
    while (pending.size > 0) {
      const names = pending;
      pending = new Set();
      try {
        await reload(names);
      } catch (error) {
        logger.error({ err: error }, 'corpus change could not be indexed; answering from the corpus as it was');
      }
    }
    running = null;
  };

  const watcher = watchCorpus(
    config.corpusDir,
    (names) => {
      for (const name of names) pending.add(name);
      running ??= drain();
    },
    { ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}), onError: (error) => logger.error({ reason: error.message }, 'corpus folder can no longer be watched') },
  );

  return {
    ask: (question, askOptions) => current.ask(question, askOptions),
    quote: (text, quoteOptions) => current.quote(text, quoteOptions),
    speakers: (prefix) => current.speakers(prefix),
    sources: (about) => current.sources(about),
    outlets: (prefix) => current.outlets(prefix),
    current: () => current,
    settled: async () => {
      while (running) await running;
    },
    close: () => watcher.close(),
  };
}

/** The snapshot of the engine now answering, written after a change (atomically) so that a restart loads it. */
function rewriteSnapshot(path: string, engine: WarmableEngine, logger: Logger): void {
  try {
    const attachments = { [QUOTE_BOOK_ATTACHMENT]: serializeQuoteBook(engine.quoteBook()), [STORIES_ATTACHMENT]: engine.storyAssignment() };
    const bytes = saveSnapshot(path, engine.index, engine.corpus.passages, attachments);
    logger.info({ snapshot: path, passages: engine.corpus.passages.length, bytes }, 'index snapshot written');
  } catch (error) {
    logger.warn({ snapshot: path, reason: (error as Error).message }, 'index snapshot not rewritten after the corpus changed');
  }
}
