import type { PassageIndex } from '../../index/passage-index.js';
import type { QueryTerm } from './question.js';

const K1 = 1.2;
const B = 0.75;

export interface Candidate {
  /** Position in the corpus's passage list. */
  position: number;
  /** Weighted BM25 of the passage for the question's terms. */
  bm25: number;
}

/** Inverse document frequency (BM25's, never negative). */
export function idf(index: PassageIndex, term: string): number {
  const n = index.orama.size;
  const df = index.orama.documentFrequency(term);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25 over Orama's postings, each term weighted (the user's words 1, expansions less), exact terms
 * only. Returns the best `limit` passages.
 */
export function retrieve(index: PassageIndex, terms: readonly QueryTerm[], limit: number): Candidate[] {
  const { orama } = index;
  const average = orama.averageLength || 1;
  const scores = new Map<number, number>();
  for (const { term, weight } of terms) {
    const postings = orama.postings(term);
    if (!postings) continue;
    const termIdf = idf(index, term);
    for (const internalId of postings) {
      const tf = orama.termCount(internalId, term);
      const norm = tf + K1 * (1 - B + (B * orama.length(internalId)) / average);
      scores.set(internalId, (scores.get(internalId) ?? 0) + (weight * termIdf * tf * (K1 + 1)) / norm);
    }
  }
  return topScores(scores, limit).map(([internalId, bm25]) => ({ position: orama.position(internalId), bm25 }));
}

/** The `limit` best entries, best first, without sorting every match (common terms match many passages). */
function topScores(scores: Map<number, number>, limit: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  for (const entry of scores) {
    if (top.length === limit && entry[1] <= top[limit - 1]![1]) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < entry[1]) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}
