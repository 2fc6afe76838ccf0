import { describe, expect, it } from 'vitest';
import { findMarkSpans, findTopLevelSpans } from '../../src/answer/quotes/marks.js';

const words = (text: string) => findTopLevelSpans(text).map((s) => text.slice(s.contentStart, s.contentEnd));

describe('quote marks', () => {
  it('pairs curly and straight double marks', () => {
    expect(words('“One,” he said. "Two," she said.')).toEqual(['One,', 'Two,']);
  });

  it('closes a quote whose closing mark is printed as an opening one', () => {
    expect(words('“We can work together, but not here,“ said Ana Ruiz. Later, “More.”')).toEqual(['We can work together, but not here,', 'More.']);
  });

  it('runs a quote left open to the paragraph end', () => {
    const spans = findTopLevelSpans('“The bridge will reopen in June.');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.closed).toBe(false);
  });

  it('reads apostrophes, even curly opening ones between letters, as apostrophes', () => {
    const text = '“Trump‘s offer can’t stand,” the leaders’ spokesman said: ‘No.’';
    const spans = findMarkSpans(text, 0, text.length, 'single');
    expect(spans.map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual(['No.']);
  });

  it('finds single quotes nested inside a double quote', () => {
    const text = '“He said, ‘Help us.’ I said, ‘No.’” she recalled.';
    const [outer] = findTopLevelSpans(text);
    const inner = findMarkSpans(text, outer!.contentStart, outer!.contentEnd, 'single');
    expect(inner.map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual(['Help us.', 'No.']);
  });
});
