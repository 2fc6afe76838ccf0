import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/bylines.js';
import { furnitureKind } from '../../src/corpus/furniture.js';
import { countWords } from '../../src/corpus/text.js';

const kindOf = (line: string): string | null => furnitureKind(line, countWords(line));

describe('furniture rules on single lines', () => {
  it.each([
    ['(END)', 'end'],
    ['-30-', 'end'],
    ['-- End --', 'end'],
    ['Join the conversation', 'comments-start'],
    ['Leave A Reply', 'comments-start'],
    ['Replying to X', 'comments'],
    ['Follow us on X', 'prompt'],
    ['Download the Fox News app', 'prompt'],
    ['Sign up for our newsletter', 'prompt'],
    ['Listen to this article', 'prompt'],
    ['Also Read: Mexico says no', 'promo'],
    ['Related Articles', 'promo'],
    ['Getty Images', 'credit'],
    ['(AP Photo/Marco Ugarte)', 'credit'],
    ['Photo: Reuters', 'credit'],
    ['© 2025 Time Bulletin.', 'copyright'],
    ['Local News | Sports | Opinion', 'navigation'],
    ['SINALOA CARTEL TAKES ROOT IN AMERICAN NEIGHBORHOODS: WHERE ARE THEY?', 'allcaps'],
    ['* * *', 'separator'],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each([
    'Share prices fell sharply on Monday.',
    'Watch the video to see why officials said so, the ministry told reporters in a long statement.',
    'More than 10,000 people came.',
    'Reply to the letter was swift, officials said.',
    'Copyright law changed in 2019, the court said.',
    'Sign up sheets were posted at the door.',
    'Related talks will resume next week in Geneva, the ministry said.',
  ])('keeps prose that merely starts alike: %s', (line) => {
    expect(kindOf(line)).toBeNull();
  });

  it('recognises bylines but not sentences that start with "By"', () => {
    expect(parseByline('By The Associated Press')).toBe('The Associated Press');
    expect(parseByline('By JANE DOE | Staff Writer')).toBe('JANE DOE');
    expect(parseByline('Staff Reporter')).toBe('Staff Reporter');
    expect(parseByline('By Monday, the troops had left')).toBeNull();
  });
});
