import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';
import { collapse } from './helpers.js';
import { SENTENCE_CASES } from './sentence-cases.js';

describe('splitSentences', () => {
  it.each(SENTENCE_CASES)('%s', (text, sentences) => {
    expect(splitSentences(text, 0, text.length).map((s) => s.text)).toEqual(sentences);
  });

  it('gives offsets into the text it was given, also for a span in the middle', () => {
    const raw = 'HEADER\n\n  Dr. Ruiz  spoke.\n“Why?” she asked.  Done.\n\nFOOTER';
    const start = raw.indexOf('Dr.');
    const end = raw.indexOf('\n\nFOOTER');
    const spans = splitSentences(raw, start, end);
    expect(spans.map((s) => s.text)).toEqual(['Dr. Ruiz spoke.', '“Why?” she asked.', 'Done.']);
    for (const span of spans) expect(collapse(raw.slice(span.start, span.end))).toBe(span.text);
    expect(spans[0]!.start).toBe(start);
    expect(spans.at(-1)!.end).toBe(end);
  });

  it('returns one sentence for text without terminal punctuation, none for blank text', () => {
    expect(splitSentences('a headline without a stop', 0, 25).map((s) => s.text)).toEqual(['a headline without a stop']);
    expect(splitSentences('   \n ', 0, 5)).toEqual([]);
  });
});
