import type { Analyzer } from './analyzer.js';
import { STOP_WORDS } from './stopwords.js';
import { synonymsOf } from './wordnet.js';

/** An index term a query word can be expanded to, and how much it counts (1 for the closest sense). */
export type Expansion = [term: string, weight: number];

/**
 * Query-side synonyms, precomputed at build time so a question costs no file I/O: maps the terms of
 * any WordNet lemma (one word, or a phrase such as "turn down") to the corpus terms it shares a sense
 * with. Only synonyms that occur in the corpus are kept, which keeps the table small.
 */
export class ExpansionTable {
  constructor(private readonly table: ReadonlyMap<string, readonly Expansion[]>) {}

  /** With `known`, only words it lacks are looked up in WordNet and analysed (then kept in it): a rebuild after a change reads a few words, not the vocabulary. */
  static build(words: Iterable<string>, analyzer: Analyzer, known?: SynonymCache): ExpansionTable {
    const table = new Map<string, Map<string, number>>();
    const candidates = [...words].filter((word) => word.length >= 3 && /^\p{L}+$/u.test(word) && !STOP_WORDS.has(word));
    const expansions = known ? known.of(candidates, analyzer) : expansionsOf(synonymsOf(candidates), analyzer);
    for (const list of expansions.values()) {
      for (const [key, term, weight] of list) {
        const entry = table.get(key) ?? new Map<string, number>();
        entry.set(term, Math.max(entry.get(term) ?? 0, weight));
        table.set(key, entry);
      }
    }
    return new ExpansionTable(new Map([...table].map(([key, entry]) => [key, [...entry]])));
  }

  /** Corpus terms sharing a sense with a query term or a two-word phrase ("turn down"). */
  lookup(key: string): readonly Expansion[] {
    return this.table.get(key) ?? [];
  }

  get size(): number {
    return this.table.size;
  }

  entries(): Array<[string, readonly Expansion[]]> {
    return [...this.table];
  }
}

type Synonyms = Array<{ synonym: string; rank: number }>;
/** What a corpus word adds to the table: the query key of each synonym, the word's term, and the weight. */
type WordExpansions = Array<[key: string, term: string, weight: number]>;

/** Each word's contributions to the table, from its WordNet synonyms. */
function expansionsOf(synonyms: ReadonlyMap<string, Synonyms>, analyzer: Analyzer): Map<string, WordExpansions> {
  const result = new Map<string, WordExpansions>();
  for (const [word, list] of synonyms) {
    const term = analyzer.termOf(word);
    const own: WordExpansions = [];
    for (const { synonym, rank } of list) {
      const tokens = analyzer.tokens(synonym).filter((token) => !STOP_WORDS.has(token.word) || synonym.includes(' '));
      if (tokens.length === 0) continue;
      const key = tokens.map((token) => token.term).join(' ');
      if (key !== term) own.push([key, term, 1 / (1 + rank)]);
    }
    if (own.length > 0) result.set(word, own);
  }
  return result;
}

/**
 * Each word's contributions to the synonym table, kept across builds of a changing corpus: WordNet
 * does not change while the bot runs, nor does the analyzer (one cache per analyzer setting).
 */
export class SynonymCache {
  private readonly words = new Map<string, WordExpansions>();
  private stem: boolean | undefined;

  /** The words' contributions (words without any left out), looking up and analysing only those not seen before. */
  of(words: readonly string[], analyzer: Analyzer): Map<string, WordExpansions> {
    if (this.stem !== analyzer.stem) {
      this.words.clear();
      this.stem = analyzer.stem;
    }
    const unseen = words.filter((word) => !this.words.has(word));
    const found = expansionsOf(synonymsOf(unseen), analyzer);
    for (const word of unseen) this.words.set(word, found.get(word) ?? []);
    const result = new Map<string, WordExpansions>();
    for (const word of words) {
      const list = this.words.get(word)!;
      if (list.length > 0) result.set(word, list);
    }
    return result;
  }
}
