import type { PassageIndex } from '../../index/passage-index.js';
import { seek } from '../../index/postings.js';
import type { Population, QueryTerm } from './question.js';
import { bm25Idf, type Candidate } from './retrieve.js';
import { WEIGHTS } from './weights.js';

/** The corpus's stories: each passage's story, and each story's passages as runs of document ids. */
export interface StoryMap {
  /** Document id → story number, or -1. */
  storyOf: Int32Array;
  /** Per story: its articles' document-id runs, [start, end) pairs. */
  runs: Uint32Array[];
  /** Per story: passages and their average length in tokens. */
  passages: Int32Array;
  averageLength: Float64Array;
}

/** One story seen as a corpus of its own: which terms it holds, and how many of its passages hold each. */
export class StoryPopulation implements Population {
  private readonly frequencies = new Map<string, number>();

  constructor(
    private readonly index: PassageIndex,
    private readonly map: StoryMap,
    readonly story: number,
  ) {}

  get size(): number {
    return this.map.passages[this.story]!;
  }

  /** Passages of the story holding the term (memoised: a question asks about the same terms repeatedly). */
  documentFrequency(term: string): number {
    let frequency = this.frequencies.get(term);
    if (frequency === undefined) {
      frequency = 0;
      const list = this.index.orama.postings(term);
      const runs = this.map.runs[this.story]!;
      if (list) {
        let at = 0;
        for (let i = 0; i < runs.length; i += 2) {
          at = seek(list.documents, at, runs[i]!);
          const end = seek(list.documents, at, runs[i + 1]!);
          frequency += end - at;
          at = end;
        }
      }
      this.frequencies.set(term, frequency);
    }
    return frequency;
  }

  has(term: string): boolean {
    return this.documentFrequency(term) > 0;
  }

  idf(term: string): number {
    return bm25Idf(this.size, this.documentFrequency(term));
  }

  /**
   * BM25 over the story's passages with the story's own statistics: inside a story, the words that set
   * its passages apart are not those that set the story apart from the rest of the corpus.
   */
  retrieve(terms: readonly QueryTerm[], limit: number): Candidate[] {
    const { orama } = this.index;
    const average = this.map.averageLength[this.story]! || 1;
    const runs = this.map.runs[this.story]!;
    const scores = new Map<number, number>();
    for (const { term, weight } of terms) {
      const list = orama.postings(term);
      if (!list) continue;
      const scale = weight * this.idf(term);
      let at = 0;
      for (let r = 0; r < runs.length; r += 2) {
        at = seek(list.documents, at, runs[r]!);
        for (; at < list.documents.length && list.documents[at]! < runs[r + 1]!; at++) {
          const document = list.documents[at]!;
          const tf = list.counts[at]!;
          const { k1, b } = WEIGHTS;
          const norm = k1 * (1 - b + (b * orama.length(document)) / average);
          scores.set(document, (scores.get(document) ?? 0) + (scale * tf * (k1 + 1)) / (tf + norm));
        }
      }
    }
    return [...scores]
      .map(([document, bm25]) => ({ position: orama.position(document), bm25 }))
      .sort((a, b) => b.bm25 - a.bm25 || a.position - b.position)
      .slice(0, limit);
  }
}
