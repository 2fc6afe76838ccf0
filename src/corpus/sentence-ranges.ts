import type { Passage } from './types.js';

/**
 * Each sentence's range in the passage's text. Found by the sentence's own text, in order: file
 * offsets do not map onto the text where white space was collapsed or a caption left out.
 */
export function sentenceRanges(passage: Passage): Array<{ start: number; end: number }> {
  if (passage.sentences.length === 0) return [{ start: 0, end: passage.text.length }];
  let at = 0;
  return passage.sentences.map((sentence) => {
    const found = passage.text.indexOf(sentence.text, at);
    const start = found >= 0 ? found : Math.min(at, passage.text.length);
    const end = found >= 0 ? found + sentence.text.length : Math.min(passage.text.length, start + sentence.text.length);
    at = end;
    return { start, end };
  });
}
