import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import type { Logger } from '../log.js';
import { createEngine } from './engine.js';
import type { Engine } from './types.js';

/** Loads the configured corpus and everything answers need. Used by every transport at start-up. */
export async function openEngine(config: Config, _logger: Logger): Promise<{ engine: Engine; corpus: Corpus }> {
  const corpus = await loadCorpus(config.corpusDir);
  return { engine: createEngine(corpus), corpus };
}
