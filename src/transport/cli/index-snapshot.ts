import { parseArgs } from 'node:util';
import { loadCorpus } from '../../corpus/load.js';
import { QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT } from '../../answer/open.js';
import { findCorpusStories } from '../../answer/stories.js';
import { buildParts } from '../../answer/build.js';
import { serializeQuoteBook } from '../../answer/quotes.js';
import { indexedPassages } from '../../index/passage-index.js';
import { saveSnapshot, SnapshotPathError } from '../../index/snapshot.js';
import { estimateBuildMs, formatDuration, indexProgress } from './index-progress.js';
import { CliError, type CliCommand } from './context.js';

/** `storybot index`: builds the index, the quote book and the stories and writes the snapshot that start-up loads while it is newer than the corpus. */
export const run: CliCommand = async (args, context) => {
  try {
    parseArgs({ args, options: {}, strict: true, allowPositionals: false });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: storybot index)`);
  }
  const started = performance.now();
  const progress = indexProgress();
  progress.stage(`reading ${context.config.corpusDir}`);
  const corpus = await loadCorpus(context.config.corpusDir);
  const passages = indexedPassages(corpus);
  progress.stage(`${corpus.sources.length} files, ${passages.length} passages: indexing and extracting quotes (about ${formatDuration(estimateBuildMs(passages.length))})`);
  // The quote book (extracted in a worker while the index builds) and the stories go in too, so that start-up from the snapshot does not find them again.
  const { index, quoteBook } = await buildParts(corpus, { logger: context.logger });
  progress.stage(`${quoteBook.size} quotes; finding stories and writing the snapshot`);
  const attachments = { [QUOTE_BOOK_ATTACHMENT]: serializeQuoteBook(quoteBook), [STORIES_ATTACHMENT]: findCorpusStories(corpus, index) };
  const built = performance.now();
  let bytes: number;
  try {
    bytes = saveSnapshot(context.config.snapshotPath, index, corpus.passages, attachments);
  } catch (error) {
    // SNAPSHOT_PATH names a directory, device or foreign file: a user error, one line, exit 2.
    if (error instanceof SnapshotPathError) throw new CliError(error.message);
    throw error;
  }
  const done = performance.now();
  context.logger.info({ snapshot: context.config.snapshotPath, passages: corpus.passages.length, bytes, buildMs: Math.round(built - started), saveMs: Math.round(done - built) }, 'index snapshot written');
  context.out(`Wrote ${context.config.snapshotPath}: ${corpus.passages.length} passages, ${(bytes / 1024).toFixed(0)} KiB, in ${Math.round(done - started)} ms.`);
  return 0;
};
