import { describe, expect, it } from 'vitest';
import { StoryPopulation, type StoryMap } from '../../src/answer/ask/story-population.js';
import { PassageIndex } from '../../src/index/passage-index.js';

// Three articles of two passages each; the first and the third make a story.
const PASSAGES = [
  'The glacier flood reached the bridge on Monday.',
  'Hydrologists said the flood would peak by night.',
  'Congress said the budget would pass this week.',
  'The budget vote was delayed by a day.',
  'The bridge survived the glacier flood, engineers said.',
  'Meltwater kept rising through the night.',
].map((text, i) => ({ id: `p${i}`, text }));

function storyOfFirstAndThird(index: PassageIndex): StoryMap {
  const storyOf = Int32Array.from([-1, 0, 0, -1, -1, 0, 0]);
  let length = 0;
  for (const document of [1, 2, 5, 6]) length += index.orama.length(document);
  return { storyOf, runs: [Uint32Array.from([1, 3, 5, 7])], passages: Int32Array.from([4]), averageLength: Float64Array.from([length / 4]) };
}

describe('a story seen as a corpus of its own', () => {
  const index = PassageIndex.build(PASSAGES);
  const story = new StoryPopulation(index, storyOfFirstAndThird(index), 0);

  it('counts only its own passages holding a term', () => {
    const term = (word: string): string => index.analyzer.termOf(word);
    expect(index.orama.documentFrequency(term('said'))).toBe(3);
    expect(story.documentFrequency(term('said'))).toBe(2);
    expect(story.documentFrequency(term('budget'))).toBe(0);
    expect(story.has(term('budget'))).toBe(false);
    expect(story.has(term('meltwater'))).toBe(true);
    // Rarer inside the story than a word every story passage shares.
    expect(story.idf(term('meltwater'))).toBeGreaterThan(story.idf(term('flood')));
  });

  it('retrieves only its own passages, best first', () => {
    const terms = ['flood', 'night', 'budget'].map((word) => ({ term: index.analyzer.termOf(word), weight: 1, of: word, expansion: false }));
    const found = story.retrieve(terms, 10);
    expect(found.map(({ position }) => position).sort()).toEqual([0, 1, 4, 5]);
    expect(found[0]!.position).toBe(1);
    expect(found.every(({ bm25 }, i) => i === 0 || bm25 <= found[i - 1]!.bm25)).toBe(true);
  });
});
