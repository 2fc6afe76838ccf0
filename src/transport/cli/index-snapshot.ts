import { parseArgs } from 'node:util';
import { loadCorpus } from '../../corpus/load.js';
import { QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT } from '../../answer/open.js';
import { findCorpusStories } from '../../answer/stories.js';
import { buildParts } from '../../answer/build.js';
import { serializeQuoteBook } from '../../answer/quotes.js';
import { saveSnapshot, SnapshotPathError } from '../../index/snapshot.js';
import { CliError, type CliCommand } from './context.js';

/** `storybot index`: builds the index, the quote book and the stories and writes the snapshot that start-up loads while it is newer than the corpus. */
export const run: CliCommand = async (args, context) => {
  try {
    parseArgs({ args, options: {}, strict: true, allowPositionals: false });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: storybot index)`);
  }
  const started = performance.now();
  const corpus = await loadCorpus(context.config.corpusDir);
  // The quote book (extracted in a worker while the index builds) and the stories go in too, so that start-up from the snapshot does not find them again.
  const { index, quoteBook } = await buildParts(corpus, { logger: context.logger });
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
