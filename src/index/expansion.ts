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

  /** With `known`, only words it lacks are looked up in WordNet (and added to it): a rebuild after a change reads a few words, not the vocabulary. */
  static build(words: Iterable<string>, analyzer: Analyzer, known?: SynonymCache): ExpansionTable {
    const table = new Map<string, Map<string, number>>();
    const candidates = [...words].filter((word) => word.length >= 3 && /^\p{L}+$/u.test(word) && !STOP_WORDS.has(word));
    for (const [word, synonyms] of known ? known.of(candidates) : synonymsOf(candidates)) {
      const term = analyzer.termOf(word);
      for (const { synonym, rank } of synonyms) {
        const tokens = analyzer.tokens(synonym).filter((token) => !STOP_WORDS.has(token.word) || synonym.includes(' '));
        if (tokens.length === 0) continue;
        const key = tokens.map((token) => token.term).join(' ');
        if (key === term) continue;
        const weight = 1 / (1 + rank);
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

/** Each word's WordNet synonyms (none included), kept across builds: WordNet does not change while the bot runs. */
export class SynonymCache {
  private readonly synonyms = new Map<string, Synonyms>();

  /** The words' synonyms (words without any left out), looking up only those not seen before. */
  of(words: readonly string[]): Map<string, Synonyms> {
    const unseen = words.filter((word) => !this.synonyms.has(word));
    const found = synonymsOf(unseen);
    for (const word of unseen) this.synonyms.set(word, found.get(word) ?? []);
    const result = new Map<string, Synonyms>();
    for (const word of words) {
      const list = this.synonyms.get(word)!;
      if (list.length > 0) result.set(word, list);
    }
    return result;
  }
}
