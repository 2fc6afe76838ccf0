import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { loadSnapshot, snapshotIsFresh } from '../index/snapshot.js';
import type { PassageIndex } from '../index/passage-index.js';
import type { Logger } from '../log.js';
import { createEngine } from './engine.js';
import type { Engine } from './types.js';

/**
 * Loads the configured corpus and everything answers need. Used by every transport at start-up.
 * The index comes from the snapshot when it is newer than every corpus file and built from the same
 * passages; otherwise it is built in-process.
 */
export async function openEngine(config: Config, logger: Logger): Promise<{ engine: Engine; corpus: Corpus }> {
  const started = performance.now();
  const corpus = await loadCorpus(config.corpusDir, { logger });
  let index: PassageIndex | undefined;
  if (snapshotIsFresh(config.snapshotPath, corpus.sources.map((source) => source.file))) {
    const loaded = loadSnapshot(config.snapshotPath, corpus.passages);
    if ('index' in loaded) index = loaded.index;
    else logger.warn({ snapshot: config.snapshotPath, reason: loaded.reason }, 'index snapshot not used; building the index');
  }
  const engine = createEngine(corpus, index ? { index } : {});
  logger.info(
    { passages: corpus.passages.length, sources: corpus.sources.length, snapshot: index !== undefined, ms: Math.round(performance.now() - started) },
    'engine ready',
  );
  return { engine, corpus };
}
