import type { MarkSpan } from './marks.js';
import type { Attribution, PassageDoc } from './model.js';
import { isCapitalised, type Term } from './nlp.js';
import { mainSubject, subjectAfter, subjectBefore } from './phrases.js';
import { resolvePhrase, type Position, type SourceContext } from './resolve.js';
import { sentenceEndOf, sentenceStartOf } from './sentences.js';
import { reportingLemma } from './verbs.js';

/** A quotation level: the whole passage, or the words of an outer quote holding nested ones. */
export interface Level {
  doc: PassageDoc;
  docIndex: number;
  from: number;
  to: number;
  spans: MarkSpan[];
  starts: number[];
  outer: Attribution | null;
}

/** The words around one quote, in its sentence. */
export interface Frames {
  before: Term[];
  after: Term[];
  /** The next sentence when the quote ends its own ("…sale.” Sheinbaum said."): tagged only if asked for. */
  nextSentence: () => Term[];
}

const STRONG_DISTANCE = 4;
const AFTER_DISTANCE = 6;
const SHORT_SENTENCE = 8;

const isReporting = (t: Term) => t.tags.has('Verb') && reportingLemma(t.normal) !== null;

export function framesOf(level: Level, first: MarkSpan, last: MarkSpan): Frames {
  const { doc, starts, spans, to } = level;
  const start = sentenceStartOf(starts, first.open);
  const nextSpan = spans.find((s) => s.open >= last.end);
  const end = Math.min(sentenceEndOf(starts, last.end - 1, to), nextSpan?.open ?? to);
  const nextEnd = Math.min(sentenceEndOf(starts, end, to), nextSpan?.open ?? to);
  return {
    before: doc.termsBetween(start, first.open),
    after: doc.termsBetween(last.end, end),
    nextSentence: () => (end < to && !/\S/.test(doc.passage.text.slice(last.end, end)) ? doc.termsBetween(end, nextEnd) : []),
  };
}

function lastReportingVerb(terms: readonly Term[]): number {
  for (let i = terms.length - 1; i >= 0; i--) if (isReporting(terms[i]!)) return i;
  return -1;
}

function firstReportingVerb(terms: readonly Term[], within: number): number {
  for (let i = 0; i < Math.min(terms.length, within); i++) if (isReporting(terms[i]!)) return i;
  return -1;
}

/** Does a reporting verb or an attribution stand in the quote's sentence? */
export function isReported(frames: Frames): boolean {
  return lastReportingVerb(frames.before) >= 0 || firstReportingVerb(frames.after, AFTER_DISTANCE) >= 0;
}

function resolveAt(ctx: SourceContext, level: Level, phrase: ReturnType<typeof subjectBefore>): Attribution | null {
  if (!phrase) return null;
  const at: Position = { doc: level.docIndex, offset: phrase.terms[0]!.start, outer: level.outer };
  return resolvePhrase(ctx, at, phrase, level.doc);
}

/** The subject of a reporting verb before the quote: a participle ("…, saying,") or a second verb ("called X and asked") takes the sentence's subject. */
function beforeSubject(ctx: SourceContext, level: Level, before: Term[], verb: number): Attribution | null {
  const term = before[verb]!;
  const prev = before[verb - 1];
  const joined = prev !== undefined && prev.tags.has('Conjunction');
  const participle = term.normal.endsWith('ing');
  const namedBefore = prev !== undefined && isCapitalised(prev.text) && !/\S/.test(prev.post) && !prev.tags.has('Pronoun');
  if ((participle && !namedBefore) || joined) return resolveAt(ctx, level, mainSubject(before, 0, verb));
  return resolveAt(ctx, level, subjectBefore(before, verb) ?? subjectAfter(before, verb));
}

function afterSubject(ctx: SourceContext, level: Level, after: Term[], verb: number): Attribution | null {
  return resolveAt(ctx, level, subjectBefore(after, verb) ?? subjectAfter(after, verb));
}

/**
 * Who said the quote, from its sentence: a reporting verb right before it ("She added:"), then an
 * attribution after it ("…,” Kelly wrote / said Sheinbaum), then a verb anywhere before it, then a
 * short sentence right after ("…” Sheinbaum said.").
 */
export function attributeFromSentence(ctx: SourceContext, level: Level, frames: Frames): Attribution | null {
  const { before, after } = frames;
  const bv = lastReportingVerb(before);
  if (bv >= 0 && before.length - bv <= STRONG_DISTANCE) {
    const found = beforeSubject(ctx, level, before, bv);
    if (found) return found;
  }
  const av = firstReportingVerb(after, AFTER_DISTANCE);
  if (av >= 0) {
    const found = afterSubject(ctx, level, after, av);
    if (found) return found;
  }
  if (bv >= 0) {
    const found = beforeSubject(ctx, level, before, bv);
    if (found) return found;
  }
  const nextSentence = frames.nextSentence();
  const nv = firstReportingVerb(nextSentence, AFTER_DISTANCE);
  if (nv >= 0 && nextSentence.length <= SHORT_SENTENCE) return afterSubject(ctx, level, nextSentence, nv);
  return null;
}
