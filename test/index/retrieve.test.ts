import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../src/answer/ask/question.js';
import { idf, retrieve } from '../../src/answer/ask/retrieve.js';
import { WEIGHTS } from '../../src/answer/ask/weights.js';
import { PassageIndex } from '../../src/index/passage-index.js';

// A corpus where a few words are everywhere and most are rare (as in news prose), from a fixed seed.
const WORDS = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
function corpus(size: number): Array<{ id: string; text: string }> {
  let state = 42;
  const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: size }, (_, i) => {
    const length = 5 + Math.floor(random() * 60);
    const words = Array.from({ length }, () => WORDS[Math.floor(WORDS.length * random() ** 3)]!);
    return { id: `s#${i + 1}`, text: words.join(' ') };
  });
}

/** Plain BM25: every posting of every term, summed term by term (what the pruned walk must reproduce). */
function exhaustive(index: PassageIndex, terms: readonly QueryTerm[], limit: number): Array<{ position: number; bm25: number }> {
  const scores = new Map<number, number>();
  const average = index.orama.averageLength;
  for (const { term, weight } of terms) {
    const list = index.orama.postings(term);
    if (!list) continue;
    list.documents.forEach((document, i) => {
      const tf = list.counts[i]!;
      const { k1, b } = WEIGHTS;
      const norm = tf + k1 * (1 - b + (b * index.orama.length(document)) / average);
      scores.set(document, (scores.get(document) ?? 0) + (weight * idf(index, term) * tf * (k1 + 1)) / norm);
    });
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([document, bm25]) => ({ position: index.orama.position(document), bm25 }));
}

const term = (word: string, weight = 1): QueryTerm => ({ term: word, weight, of: word, expansion: weight < 1 });

describe('retrieval with score bounds', () => {
  const index = PassageIndex.build(corpus(3000), { expansion: false });
  const queries: QueryTerm[][] = [
    [term('w0x')],
    [term('w0x'), term('w1x'), term('w2x')],
    [term('w5x'), term('w0x'), term('w3x', 0.4), term('w4x', 0.13), term('w1x', 0.2)],
    [term('w7fx'), term('w0x'), term('w1x'), term('w2x', 0.4), term('w6x', 0.4), term('w9x', 0.2), term('wax', 0.13), term('wbx', 0.13)],
    [term('w8bx'), term('nothere')],
  ];

  it('finds exactly the passages and scores an exhaustive BM25 pass finds, common words included', () => {
    for (const query of queries) {
      for (const limit of [1, 5, 30]) expect(retrieve(index, query, limit)).toEqual(exhaustive(index, query, limit));
    }
  });

  it('ranks an earlier passage first among equal scores', () => {
    const twins = PassageIndex.build([
      { id: 'a#1', text: 'alpha beta' },
      { id: 'a#2', text: 'gamma delta' },
      { id: 'a#3', text: 'alpha beta' },
    ]);
    expect(retrieve(twins, [term('alpha')], 1).map((c) => c.position)).toEqual([0]);
    expect(retrieve(twins, [term('alpha')], 5).map((c) => c.position)).toEqual([0, 2]);
  });

  it('returns nothing for terms the corpus lacks', () => {
    expect(retrieve(index, [term('nothere')], 30)).toEqual([]);
  });
});
