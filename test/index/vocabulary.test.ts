import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/index/edit-distance.js';
import { Vocabulary } from '../../src/index/vocabulary.js';

const vocabulary = new Vocabulary(new Map([['white', 3], ['house', 4], ['sovereignty', 2], ['war', 1], ['said', 5]]));

describe('spelling correction against the corpus vocabulary', () => {
  it('splits words run together when both halves are known', () => {
    expect(vocabulary.correct('whitehouse')?.words).toEqual(['white', 'house']);
  });

  it('finds the nearest known word within a small edit distance', () => {
    expect(vocabulary.correct('soverignty')?.words).toEqual(['sovereignty']);
    expect(vocabulary.correct('sovreinty')?.words).toEqual(['sovereignty']);
  });

  it('prefers a question word for a misspelt first word', () => {
    expect(vocabulary.correct('wat', true)?.words).toEqual(['what']);
  });

  it('leaves words far from everything alone', () => {
    expect(vocabulary.correct('bitcoin')).toBeNull();
  });

  it('reads a clipped form as the most frequent word it begins, as a distant guess', () => {
    const clipped = new Vocabulary(new Map([['intelligence', 4], ['intelligent', 1], ['administration', 3], ['admiral', 5]]));
    expect(clipped.correct('intel')).toEqual({ words: ['intelligence'], distance: 2, clipped: true });
    expect(clipped.correct('admin')?.words).toEqual(['administration']);
    // A near misspelling is still read as the word it misspells.
    expect(clipped.correct('admirl')).toEqual({ words: ['admiral'], distance: 1 });
  });
});

describe('spelling correction over a large vocabulary', () => {
  // Words over a few letters, so that many are within an edit or two of each other.
  let state = 7;
  const random = (n: number): number => (state = (state * 48271) % 2147483647) % n;
  const word = (length: number): string => Array.from({ length }, () => 'aeinorstlm'[random(10)]).join('');
  const words = Array.from({ length: 3000 }, () => word(4 + random(6)));
  const large = new Vocabulary(new Map(words.map((w) => [w, 1 + random(5)])));

  it('never misses the nearest word that a full scan finds', () => {
    for (let i = 0; i < 200; i++) {
      const query = word(4 + random(6)).replace(/^./, 'q');
      const max = query.length <= 5 ? 1 : 2;
      const nearest = Math.min(...words.map((w) => boundedEditDistance(query, w, max)));
      const found = large.correct(query);
      if (found?.words.length === 2) continue; // run-together words are preferred to any single word
      expect(found ? found.distance : max + 1).toBe(nearest);
      if (found) expect(boundedEditDistance(query, found.words[0]!, max)).toBe(nearest);
    }
  });
});
