import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/index/analyzer.js';

const analyzer = new Analyzer();
const words = (text: string) => analyzer.tokens(text).map((t) => t.word);
const terms = (text: string) => analyzer.tokens(text).map((t) => t.term);

describe('analyzer', () => {
  it('folds diacritics and curly apostrophes instead of splitting words at them', () => {
    expect(words('Zürich’s café')).toEqual(['zurich', 'cafe']);
    expect(terms('Trump’s offer')).toEqual(terms("Trump's offer"));
  });

  it('keeps dotted acronyms and grouped numbers whole', () => {
    expect(words('U.S. troops')).toEqual(['us', 'troops']);
    expect(words('10,000 members')).toEqual(['10000', 'members']);
  });

  it('stems inflections and maps irregular forms to their base', () => {
    expect(terms('rejected')).toEqual(terms('rejects'));
    expect(terms('wrote')).toEqual(terms('write'));
    expect(terms('men')).toEqual(terms('man'));
  });

  it('reports offsets into the original text', () => {
    const text = 'The “Zürich” office';
    const [, zurich] = analyzer.tokens(text);
    expect(text.slice(zurich!.start, zurich!.end)).toBe('Zürich');
  });

  it('can index surface forms without stemming', () => {
    expect(new Analyzer({ stem: false }).tokens('rejected').map((t) => t.term)).toEqual(['rejected']);
  });
});
