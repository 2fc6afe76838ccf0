import { Analyzer, type Token } from './analyzer.js';
import { ExpansionTable, type SynonymCache } from './expansion.js';
import type { Corpus } from '../corpus/types.js';
import { OramaPassageIndex, type ArticlePassage } from './orama.js';
import { Vocabulary } from './vocabulary.js';
import { everydayEnglish, type Lexicon } from './wordnet.js';

export interface IndexOptions {
  /** Stemming and base forms (default true). */
  stem?: boolean;
  /** Build the WordNet expansion table (default true). */
  expansion?: boolean;
  /** Synonyms already looked up (by an earlier build of a changing corpus): only new words are read from WordNet. */
  synonyms?: SynonymCache;
}

/** A passage to index; with its article's outlet and date, `where` filters can select it. */
export type IndexedPassage = ArticlePassage;

/** The corpus's passages with their article's outlet and date, as the index takes them. */
export function indexedPassages(corpus: Pick<Corpus, 'sources' | 'passages'>): IndexedPassage[] {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  return corpus.passages.map(({ id, text, sourceId }) => ({ id, text, outlet: sources.get(sourceId)?.outlet ?? null, date: sources.get(sourceId)?.date ?? null }));
}

/** Everything retrieval reads: the Orama index, the corpus vocabulary and the synonym table. */
export class PassageIndex {
  constructor(
    readonly analyzer: Analyzer,
    readonly orama: OramaPassageIndex,
    readonly vocabulary: Vocabulary,
    readonly expansions: ExpansionTable,
    /** Everyday English (from WordNet), in memory so that a question costs no file I/O. */
    readonly lexicon: Lexicon = everydayEnglish(),
  ) {}

  /** The same index seen through a filter (OramaPassageIndex.restrictedTo). */
  restrictedTo(allowed: ReadonlySet<number>): PassageIndex {
    return new PassageIndex(this.analyzer, this.orama.restrictedTo(allowed), this.vocabulary, this.expansions, this.lexicon);
  }

  static build(passages: readonly IndexedPassage[], options: IndexOptions = {}): PassageIndex {
    const analyzer = new Analyzer({ stem: options.stem ?? true });
    const counts = new Map<string, number>();
    const count = (tokens: Token[]): void => {
      for (const { word } of tokens) counts.set(word, (counts.get(word) ?? 0) + 1);
    };
    const orama = OramaPassageIndex.build(passages, analyzer, count);
    const expansions = options.expansion === false ? new ExpansionTable(new Map()) : ExpansionTable.build(counts.keys(), analyzer, options.synonyms);
    return new PassageIndex(analyzer, orama, new Vocabulary(counts), expansions);
  }
}
