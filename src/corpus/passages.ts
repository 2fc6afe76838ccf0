import { splitSentences } from './sentences.js';
import { collapseWhitespace } from './text.js';
import type { Passage, Span } from './types.js';

/** A paragraph longer than this (characters) is too long to cite as one passage: it is split. */
export const MAX_PASSAGE_CHARS = 2000;
/** The length the parts of a split paragraph aim at, in whole sentences. */
export const SPLIT_PASSAGE_CHARS = 1000;

/** Runs of whole sentences of about SPLIT_PASSAGE_CHARS each; a single longer sentence stays whole. */
function sentenceRuns(sentences: Span[]): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (run.length > 0 && length + 1 + sentence.text.length > SPLIT_PASSAGE_CHARS) {
      runs.push(run);
      run = [];
      length = 0;
    }
    length += (run.length > 0 ? 1 : 0) + sentence.text.length;
    run.push(sentence);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The passages of one article: one per body paragraph, except that a paragraph over MAX_PASSAGE_CHARS
 * (a whole article pasted on one line) becomes several, cut at sentence boundaries. Each part is a
 * passage like any other (numbered in order, its own span of the file), so ids and offsets are the same
 * on every load of the same file.
 */
export function passagesOf(sourceId: string, text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Passage[] {
  const spans: Array<{ start: number; end: number; text: string; sentences: Span[] }> = [];
  for (const { start, end } of paragraphs) {
    const whole = collapseWhitespace(text.slice(start, end));
    const sentences = splitSentences(text, start, end);
    if (whole.length <= MAX_PASSAGE_CHARS || sentences.length < 2) {
      spans.push({ start, end, text: whole, sentences });
      continue;
    }
    for (const run of sentenceRuns(sentences)) {
      spans.push({ start: run[0]!.start, end: run.at(-1)!.end, text: run.map((s) => s.text).join(' '), sentences: run });
    }
  }
  return spans.map((span, index) => ({ id: `${sourceId}#${index + 1}`, sourceId, paragraph: index + 1, ...span }));
}
