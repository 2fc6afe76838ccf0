import { describe, expect, it } from 'vitest';
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
});
