import type { Corpus } from '../corpus/types.js';
import { createEngineCore, type EngineOptions, type WarmableEngine } from './engine-core.js';
import { buildQuoteBook } from './quotes.js';

export { buildIndex, type EngineOptions, type WarmableEngine } from './engine-core.js';

/**
 * An engine that extracts its quote book on first need (quote or speaker look-up, `warm()`). This
 * module loads compromise; start-up paths that must answer fast use engine-core.ts with extraction
 * passed in only when needed (open.ts).
 */
export function createEngine(corpus: Corpus, options: EngineOptions = {}): WarmableEngine {
  return createEngineCore(corpus, { ...options, extractQuotes: buildQuoteBook });
}
