import { parseArgs } from 'node:util';
import { loadCorpus } from '../../corpus/load.js';
import { QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT } from '../../answer/open.js';
import { findCorpusStories } from '../../answer/stories.js';
import { buildParts } from '../../answer/build.js';
import { serializeQuoteBook } from '../../answer/quotes.js';
import { indexedPassages } from '../../index/passage-index.js';
import { saveSnapshot, SnapshotPathError } from '../../index/snapshot.js';
import { estimateBuildMs, formatDuration } from './index-progress.js';
import { CliError, type CliCommand } from './context.js';
import { startProgress } from './terminal.js';

/** `storybot index`: builds the index, the quote book and the stories and writes the snapshot that start-up loads while it is newer than the corpus. */
export const run: CliCommand = async (args, context) => {
  try {
    parseArgs({ args, options: {}, strict: true, allowPositionals: false });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: storybot index)`);
  }
  const started = performance.now();
  // Tens of seconds on a large corpus: a line on the terminal says what is happening (nothing in a pipe).
  const progress = startProgress(`reading ${context.config.corpusDir}…`);
  try {
    const corpus = await loadCorpus(context.config.corpusDir);
    const count = indexedPassages(corpus).length;
    const passages = count.toLocaleString('en');
    progress.update(`${corpus.sources.length} files, ${passages} passages: indexing and finding their quotes (about ${formatDuration(estimateBuildMs(count))})…`);
    // The quote book (extracted in a worker while the index builds) and the stories go in too, so that start-up from the snapshot does not find them again.
    const { index, quoteBook } = await buildParts(corpus, { logger: context.logger });
    progress.update(`${quoteBook.size} quotes; finding the stories among ${passages} passages…`);
    const attachments = { [QUOTE_BOOK_ATTACHMENT]: serializeQuoteBook(quoteBook), [STORIES_ATTACHMENT]: findCorpusStories(corpus, index) };
    const built = performance.now();
    progress.update(`writing ${context.config.snapshotPath}…`);
    const bytes = save(() => saveSnapshot(context.config.snapshotPath, index, corpus.passages, attachments));
    const done = performance.now();
    progress.done();
    context.logger.info({ snapshot: context.config.snapshotPath, passages: corpus.passages.length, bytes, buildMs: Math.round(built - started), saveMs: Math.round(done - built) }, 'index snapshot written');
    context.out(`Wrote ${context.config.snapshotPath}: ${corpus.passages.length} passages, ${(bytes / 1024).toFixed(0)} KiB, in ${Math.round(done - started)} ms.`);
    return 0;
  } finally {
    progress.done();
  }
};

/** Writes the snapshot; SNAPSHOT_PATH naming a directory, device or foreign file is a user error: one line, exit 2. */
function save(write: () => number): number {
  try {
    return write();
  } catch (error) {
    if (error instanceof SnapshotPathError) throw new CliError(error.message);
    throw error;
  }
}
