import { splitSentences } from './sentences.js';
import type { ParagraphSpan } from './article.js';
import { ENDS_SENTENCE } from './text.js';
import type { Passage, Span } from './types.js';

/** A paragraph longer than this (characters) is too long to cite as one passage: it is split. News paragraphs run to a few hundred characters, encyclopaedia ones to 3–4,000; beyond, it is a page pasted on one line. */
export const MAX_PASSAGE_CHARS = 4000;
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

/** The sentences of a paragraph, read around its gaps: a sentence a caption interrupted is one sentence. */
function sentencesAround(text: string, paragraph: ParagraphSpan): Span[] {
  const sentences: Span[] = [];
  let from = paragraph.start;
  for (const part of [...(paragraph.gaps ?? []), { start: paragraph.end, end: paragraph.end }]) {
    const own = splitSentences(text, from, part.start);
    const last = sentences.at(-1);
    if (last && own[0] && !ENDS_SENTENCE.test(last.text)) {
      const rest = own.shift()!;
      sentences[sentences.length - 1] = { text: `${last.text} ${rest.text}`, start: last.start, end: rest.end };
    }
    sentences.push(...own);
    from = part.end;
  }
  return sentences;
}

/**
 * The passages of one article: one per body paragraph, except that a paragraph over MAX_PASSAGE_CHARS
 * (a whole article pasted on one line) becomes several, cut at sentence boundaries. Each part is a
 * passage like any other (numbered in order, its own span of the file), so ids and offsets are the same
 * on every load of the same file.
 */
export function passagesOf(sourceId: string, text: string, paragraphs: readonly ParagraphSpan[]): Passage[] {
  const spans: Array<Omit<Passage, 'id' | 'sourceId' | 'paragraph'>> = [];
  for (const paragraph of paragraphs) {
    const sentences = sentencesAround(text, paragraph);
    const whole = sentences.map((s) => s.text).join(' ');
    const runs = whole.length <= MAX_PASSAGE_CHARS || sentences.length < 2 ? [sentences] : sentenceRuns(sentences);
    for (const run of runs) {
      const start = run[0]?.start ?? paragraph.start;
      const end = run.at(-1)?.end ?? paragraph.end;
      const omitted = (paragraph.gaps ?? []).filter((gap) => gap.start >= start && gap.end <= end);
      spans.push({ start, end, text: run.map((s) => s.text).join(' '), sentences: run, ...(omitted.length ? { omitted } : {}) });
    }
  }
  return spans.map((span, index) => ({ id: `${sourceId}#${index + 1}`, sourceId, paragraph: index + 1, ...span }));
}
