import type { Level } from './attribute.js';
import type { MarkSpan } from './marks.js';
import { sentenceEndOf, sentenceStartOf } from './sentences.js';
import { normalize } from './text.js';
import { reportingLemma } from './verbs.js';

const WORD = /\p{L}+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Does the text hold a reporting-verb form ("said", "declared")? Tested on the raw words, before any tagging. */
function holdsReportingWord(text: string): boolean {
  for (const word of normalize(text).matchAll(WORD)) if (reportingLemma(word[0]) !== null) return true;
  return false;
}

/**
 * Can the quote running from `first` to `last` be speech? Decided on the text alone, so that the
 * tagger never reads the many quoted terms of ordinary prose: a quote with words before it in its
 * sentence is speech only when a reporting verb stands in that sentence, and without any reporting
 * word in the text, no tagging can find one. False means surely not speech; true means "tag and see".
 */
export function maySpeak(head: Level, first: MarkSpan, tail: Level, last: MarkSpan): boolean {
  const before = head.doc.passage.text.slice(sentenceStartOf(head.starts, first.open), first.open);
  if (!HAS_WORD.test(before)) return true;
  const nextSpan = tail.spans.find((s) => s.open >= last.end);
  const end = Math.min(sentenceEndOf(tail.starts, last.end - 1, tail.to), nextSpan?.open ?? tail.to);
  return holdsReportingWord(before) || holdsReportingWord(tail.doc.passage.text.slice(last.end, end));
}
