import { describe, expect, it } from 'vitest';
import { everydayEnglish, synonymsOf } from '../../src/index/wordnet.js';

describe('WordNet look-ups by bisection of the sorted index files', () => {
  it('knows everyday words in any inflection, and tells verbs from nouns', () => {
    const lexicon = everydayEnglish();
    expect(lexicon.has('relationship')).toBe(true);
    expect(lexicon.has('happened')).toBe(true);
    expect(lexicon.isVerb('happened')).toBe(true);
    expect(lexicon.isVerb('relationship')).toBe(false);
    expect(lexicon.has('sheinbaum')).toBe(false);
    // The first and last lemmas of a file are found too (bisection edges).
    expect(lexicon.has('a')).toBe(true);
  });

  it('tells words WordNet knows only as names, whatever their case', () => {
    const lexicon = everydayEnglish();
    expect(lexicon.isName('canada')).toBe(true);
    expect(lexicon.isName('obama')).toBe(true);
    // A common noun too ("china", porcelain), an acronym the corpus may spell out, an everyday word, an unknown one.
    expect(lexicon.isName('china')).toBe(false);
    expect(lexicon.isName('nsc')).toBe(false);
    expect(lexicon.isName('harbour')).toBe(false);
    expect(lexicon.isName('sheinbaum')).toBe(false);
  });

  it('finds synonyms among the common senses of both words only', () => {
    const synonyms = synonymsOf(['refused', 'say']);
    expect(synonyms.get('refused')?.map((s) => s.synonym)).toContain('decline');
    expect(synonyms.get('say')?.map((s) => s.synonym) ?? []).not.toContain('order');
  });
});
