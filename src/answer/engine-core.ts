import type { Corpus } from '../corpus/types.js';
import { indexedPassages, PassageIndex } from '../index/passage-index.js';
import { Asker } from './ask.js';
import { attributionsOf, type Attributions } from './ask/attribution.js';
import { ALL_FEATURES, type AskFeatures } from './ask/features.js';
import { listOutlets, whereOf } from './filters.js';
import { listSpeakers, searchQuotes, type QuoteBook } from './quote-book.js';
import { listSources } from './sources.js';
import { findCorpusStories, storyMapOf, type StoryAssignment } from './stories.js';
import type { StoryMap } from './ask/story-population.js';
import type { AskOptions, Engine, SourcesResult } from './types.js';

export interface EngineOptions {
  /** A prebuilt index (from a snapshot); built from the corpus otherwise. */
  index?: PassageIndex;
  /** A prebuilt quote book (from a snapshot); otherwise extracted on the first quote or speaker look-up, or by `warm()`. */
  quoteBook?: QuoteBook;
  /** The corpus's stories (from a snapshot); otherwise found on the first question or by `warm()`. */
  stories?: StoryAssignment;
  /** Ranking stages (all on by default; the evaluation's ablation turns them off). */
  features?: Partial<AskFeatures>;
}

export interface CoreOptions extends EngineOptions {
  /**
   * Extracts the quote book (quotes.ts's buildQuoteBook: it loads compromise, so it is passed in
   * rather than imported). With it, the first question extracts the book to credit quoted speakers;
   * without it and without `quoteBook`, /ask ranks without that credit (never waiting for
   * extraction), and quote or speaker look-ups fail.
   */
  extractQuotes?: (corpus: Corpus) => QuoteBook;
}

/** An engine that can build its lazy parts ahead of the first request that needs them. */
export interface WarmableEngine extends Engine {
  /**
   * Extracts the quote book now if it is not built yet (about 0.7 ms per passage), so that /quote
   * and speaker autocomplete answer from memory, and finds the corpus's stories (about 0.3 s at 100k
   * passages). Long-running transports call it at start-up.
   */
  warm(): void;
  /** The quote book, built if need be (for the index snapshot). */
  quoteBook(): QuoteBook;
  /** Whether the quote book is built (a question then credits quoted speakers). */
  hasQuoteBook(): boolean;
  /** The corpus's stories, found if need be (for the index snapshot). */
  storyAssignment(): StoryAssignment;
  readonly corpus: Corpus;
  readonly index: PassageIndex;
}

/** The index createEngine builds for these ranking stages. */
export function buildIndex(corpus: Corpus, features: Partial<AskFeatures> = {}): PassageIndex {
  const { stem, expansion } = { ...ALL_FEATURES, ...features };
  return PassageIndex.build(indexedPassages(corpus), { stem, expansion });
}

const NO_ATTRIBUTIONS: Attributions = new Map();
/** Filtered askers kept per engine (each holds a retrieval workspace of the index's size). */
const FILTERS_KEPT = 8;

/** The engine over one corpus; its quote book is extracted only through `extractQuotes` (see engine.ts for the default). */
export function createEngineCore(corpus: Corpus, options: CoreOptions = {}): WarmableEngine {
  const features = { ...ALL_FEATURES, ...options.features };
  const index = options.index ?? buildIndex(corpus, features);
  // Extraction waits for the first use: the first question (/ask credits quoted speakers), quote or speaker look-up.
  let book = options.quoteBook;
  const quoteBook = (): QuoteBook => {
    if (book) return book;
    if (!options.extractQuotes) throw new Error('quote extraction is not loaded for this engine');
    return (book = options.extractQuotes(corpus));
  };
  let attributed: Attributions | undefined;
  // Without a book or a way to extract one, a question credits no quoted speaker rather than wait.
  const attributions = (): Attributions =>
    book || options.extractQuotes ? (attributed ??= attributionsOf(quoteBook().quotes, corpus.passages, index.analyzer)) : NO_ATTRIBUTIONS;
  let assignment = options.stories;
  const storyAssignment = (): StoryAssignment => (assignment ??= findCorpusStories(corpus, index));
  let storyMap: StoryMap | null | undefined;
  const stories = (): StoryMap | null => (storyMap ??= features.stories ? storyMapOf(corpus, index, storyAssignment()) : null);
  const asker = new Asker(corpus, index, features, attributions, stories);
  // A filtered question is asked of the index seen through Orama's `where` (same statistics, fewer
  // passages); the last few filters' askers are kept, with the retrieval workspace each allocates.
  const filtered = new Map<string, Asker>();
  const askerFor = (options: AskOptions): Asker => {
    const where = whereOf(options);
    if (!where) return asker;
    const key = JSON.stringify(where);
    let found = filtered.get(key);
    if (!found) {
      found = new Asker(corpus, index.restrictedTo(index.orama.where(where)), features, attributions, stories);
      if (filtered.size >= FILTERS_KEPT) filtered.delete(filtered.keys().next().value!);
    }
    filtered.delete(key);
    filtered.set(key, found);
    return found;
  };
  // The corpus does not change under an engine (a changed corpus gets a new engine): the full list is kept.
  let everySource: SourcesResult | undefined;
  return {
    ask: (question, askOptions = {}, trace) => askerFor(askOptions).ask(question, askOptions, trace),
    quote: (text, quoteOptions) => searchQuotes(quoteBook(), text, quoteOptions),
    speakers: (prefix) => listSpeakers(quoteBook(), prefix),
    outlets: (prefix) => listOutlets(corpus, prefix),
    sources: (about) => (about?.trim() ? listSources(corpus, index, about) : (everySource ??= listSources(corpus, index))),
    // Everything lazy, built now: a long-running transport pays it at start-up, not on a first question.
    warm: () => {
      quoteBook();
      attributions();
      stories();
    },
    quoteBook,
    hasQuoteBook: () => book !== undefined,
    storyAssignment,
    corpus,
    index,
  };
}
