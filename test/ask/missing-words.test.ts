import { describe, expect, it } from 'vitest';
import { ALL_FEATURES } from '../../src/answer/ask/features.js';
import { analyzeQuestion } from '../../src/answer/ask/question.js';
import { questionWeights } from '../../src/answer/ask/rescore.js';
import { PassageIndex } from '../../src/index/passage-index.js';
import { FILLER } from './fixture.js';

const index = PassageIndex.build(
  ['Her argument: the toll on the bridge is too high.', 'The bridge opened in May.', ...FILLER].map((text, i) => ({ id: `a#${i + 1}`, text })),
);

describe('/ask when the question\'s own word is missing from the corpus', () => {
  it('knownShare: the share of the question the corpus holds is below 1 only when a word is missing', () => {
    const missing = questionWeights(analyzeQuestion('What is the bridge relationship like?', index, ALL_FEATURES), index);
    const known = questionWeights(analyzeQuestion('When did the bridge open?', index, ALL_FEATURES), index);
    expect(missing.known).toBeLessThan(0.8);
    expect(known.known).toBe(1);
  });
});
