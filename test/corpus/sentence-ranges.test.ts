import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../src/corpus/sentence-ranges.js';
import type { Passage } from '../../src/corpus/types.js';

describe('sentenceRanges', () => {
  it('finds each sentence in the passage text even when a caption left out of it shifts the file offsets', () => {
    // In the file: "The mayor spoke." + a caption of 40 characters + "The council agreed."
    const text = 'The mayor spoke. The council agreed.';
    const passage: Passage = {
      id: 'a#1',
      sourceId: 'a',
      paragraph: 1,
      text,
      start: 100,
      end: 176,
      sentences: [
        { text: 'The mayor spoke.', start: 100, end: 116 },
        { text: 'The council agreed.', start: 157, end: 176 },
      ],
      omitted: [{ start: 117, end: 157 }],
    };
    const ranges = sentenceRanges(passage);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['The mayor spoke.', 'The council agreed.']);
  });

  it('a passage without sentences is one range', () => {
    const passage: Passage = { id: 'a#1', sourceId: 'a', paragraph: 1, text: 'No full stop here', start: 0, end: 17, sentences: [] };
    expect(sentenceRanges(passage)).toEqual([{ start: 0, end: 17 }]);
  });
});
