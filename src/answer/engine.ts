import type { Corpus } from '../corpus/types.js';
import { PassageIndex } from '../index/passage-index.js';
import { Asker } from './ask.js';
import { ALL_FEATURES, type AskFeatures } from './ask/features.js';
import { buildQuoteBook, listSpeakers, searchQuotes } from './quotes.js';
import { listSources } from './sources.js';
import type { Engine } from './types.js';

export interface EngineOptions {
  /** A prebuilt index (from a snapshot); built from the corpus otherwise. */
  index?: PassageIndex;
  /** Ranking stages (all on by default; the evaluation's ablation turns them off). */
  features?: Partial<AskFeatures>;
}

export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  const features = { ...ALL_FEATURES, ...options.features };
  const index = options.index ?? PassageIndex.build(corpus.passages, { stem: features.stem, expansion: features.expansion });
  const asker = new Asker(corpus, index, features);
  const book = buildQuoteBook(corpus);
  return {
    ask: (question, askOptions) => asker.ask(question, askOptions),
    quote: (text, quoteOptions) => searchQuotes(book, text, quoteOptions),
    speakers: (prefix) => listSpeakers(book, prefix),
    sources: (about) => listSources(corpus, index, about),
  };
}
