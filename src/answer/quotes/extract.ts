import type { Corpus, Passage } from '../../corpus/types.js';
import { attributeFromSentence, framesOf, isReported, type Level } from './attribute.js';
import { LazyPassageDoc } from './doc.js';
import { findMarkSpans, mayHoldQuote, opensWithMark, type MarkSpan } from './marks.js';
import type { Attribution, PassageDoc, QuotedPassage, QuoteRecord } from './model.js';
import { PersonLexicon } from './names.js';
import { maySpeak } from './prefilter.js';
import type { SourceContext } from './resolve.js';
import { sentenceEndOf, sentenceStarts } from './sentences.js';
import { isSpeech, SHORT_QUOTE_WORDS } from './speech.js';
import { tidyRole, tidySpeaker } from './tidy.js';
import { countWords } from '../../corpus/text.js';

/** One quotation as found, before unattributed ones borrow a neighbour's speaker. */
interface Found {
  record: QuoteRecord;
  attribution: Attribution | null;
  docIndex: number;
  /** Quoted speech with nothing in its sentence saying who spoke. */
  orphan: boolean;
}

/** The displayed words of a quote: trimmed, without the comma that belongs to the sentence around it. */
function wordsOf(text: string, span: MarkSpan): string {
  return text.slice(span.contentStart, span.contentEnd).trim().replace(/\s*,$/, '');
}

/** The opening paragraphs, where articles introduce people with their full names and titles. */
const OPENING = 2;
/** Paragraphs before a quote that usually name its speaker ("she said", "the statement said"). */
const CONTEXT_BEFORE = 3;

/** A top-level quote and the spans continuing it in the next paragraphs (opened again, never closed before). */
interface Chain {
  parts: Array<{ docIndex: number; span: MarkSpan }>;
  /** False when the text alone shows it is no speech (see `maySpeak`): then nothing of it is tagged. */
  maySpeak: boolean;
}

/** One article's paragraphs and its top-level quotes. */
interface SourceQuotes {
  docs: PassageDoc[];
  chains: Chain[];
}

/**
 * Paragraphs whose names are learned before any quote is attributed: those holding a quote that may be
 * speech, the few before each, and the opening ones of an article that has such a quote.
 */
function namingParagraphs({ docs, chains }: SourceQuotes): PassageDoc[] {
  const quoting = new Set(chains.filter((c) => c.maySpeak).flatMap((c) => c.parts.map((p) => p.docIndex)));
  if (!quoting.size) return [];
  return docs.filter((_, i) => i < OPENING || [...quoting].some((q) => q >= i && q <= i + CONTEXT_BEFORE));
}

const paragraphLevel = (docs: readonly PassageDoc[], d: number): Level => ({ doc: docs[d]!, docIndex: d, from: 0, to: docs[d]!.passage.text.length, spans: docs[d]!.spans, starts: docs[d]!.starts, outer: null });

function chainsOf(docs: PassageDoc[]): Chain[] {
  const chains: Chain[] = [];
  let open: Chain | null = null;
  docs.forEach((doc, docIndex) => {
    doc.spans.forEach((span, i) => {
      const text = doc.passage.text;
      const continues = open !== null && i === 0 && opensWithMark(text) && span.open === text.length - text.trimStart().length;
      if (continues) open!.parts.push({ docIndex, span });
      else chains.push((open = { parts: [{ docIndex, span }], maySpeak: true }));
      open = !span.closed && i === doc.spans.length - 1 ? open : null;
    });
    if (!doc.spans.length) open = null;
  });
  for (const chain of chains) {
    const head = chain.parts[0]!;
    const tail = chain.parts.at(-1)!;
    chain.maySpeak = maySpeak(paragraphLevel(docs, head.docIndex), head.span, paragraphLevel(docs, tail.docIndex), tail.span);
  }
  return chains;
}

function nextWordAfter(doc: PassageDoc, span: MarkSpan) {
  const length = doc.passage.text.length;
  // Up to the next quote: a word inside it is never right after this one's closing mark.
  const nextQuote = doc.spans.find((s) => s.open >= span.end)?.open ?? length;
  const term = doc.termsBetween(span.end, Math.min(nextQuote, sentenceEndOf(doc.starts, sentenceEndOf(doc.starts, span.end, length), length))).find((t) => t.start >= span.end);
  return term && !/\S/.test(doc.passage.text.slice(span.end, term.start)) ? term : null;
}

function record(doc: PassageDoc, span: MarkSpan, text: string, speech: boolean, who: Attribution | null, reportedBy: string | null): QuoteRecord {
  return {
    text,
    speech,
    speaker: speech ? tidySpeaker(who?.speaker ?? null) : null,
    role: speech ? tidyRole(who?.role ?? null) : null,
    reportedBy,
    sourceId: doc.passage.sourceId,
    passageId: doc.passage.id,
    start: span.contentStart,
    end: span.contentEnd,
  };
}

/** Quotes inside a quote: the inner speaker's words, reported by the outer speaker. */
function nestedQuotes(ctx: SourceContext, doc: PassageDoc, docIndex: number, outer: MarkSpan, outerWho: Attribution | null): QuoteRecord[] {
  const text = doc.passage.text;
  const spans = findMarkSpans(text, outer.contentStart, outer.contentEnd, 'single');
  if (!spans.length) return [];
  const level: Level = { doc, docIndex, from: outer.contentStart, to: outer.contentEnd, spans, starts: sentenceStarts(text, outer.contentStart, outer.contentEnd, spans), outer: outerWho };
  return spans.map((span) => {
    if (!maySpeak(level, span, level, span)) return record(doc, span, wordsOf(text, span), false, null, outerWho?.speaker ?? null);
    const frames = framesOf(level, span, span);
    const words = wordsOf(text, span);
    const speech = isSpeech({ words, before: frames.before, next: () => nextWordAfter(doc, span), reported: isReported(frames) });
    const who = speech ? (attributeFromSentence(ctx, level, frames) ?? outerWho) : null;
    return record(doc, span, words, speech, who, outerWho?.speaker ?? null);
  });
}

/**
 * A quote standing alone ("“…”" with no verb in its sentence) was said by the speaker of the quote
 * before it in the paragraph, else by the one a following "she added" points to, else by the speaker of
 * the quote that ended the paragraph before.
 */
function inheritSpeakers(found: Found[]): void {
  found.forEach((entry, i) => {
    if (!entry.orphan) return;
    const earlier = found.slice(0, i).reverse();
    const donor =
      earlier.find((f) => f.docIndex === entry.docIndex && (f.attribution?.speaker || f.attribution?.unnamed)) ??
      found.slice(i + 1).find((f) => f.docIndex <= entry.docIndex + 1 && f.attribution?.viaPronoun) ??
      earlier.find((f) => f.docIndex === entry.docIndex - 1 && f.attribution?.speaker);
    // A short quote nobody is reported saying is a quoted term, not speech.
    if (!donor?.attribution) {
      if (countWords(entry.record.text) < SHORT_QUOTE_WORDS) entry.record.speech = false;
      return;
    }
    entry.attribution = { ...donor.attribution, viaPronoun: false };
    entry.record.speaker = tidySpeaker(donor.attribution.speaker);
    entry.record.role = tidyRole(donor.attribution.role);
  });
}

/** Every quotation of one article, attributed, nested ones after their outer quote. */
function extractSource(ctx: SourceContext, chains: readonly Chain[]): QuoteRecord[] {
  const { docs } = ctx;
  const level = (d: number): Level => paragraphLevel(docs, d);
  const found: Array<Found & { chain: Chain }> = [];
  for (const chain of chains) {
    const head = chain.parts[0]!;
    const tail = chain.parts.at(-1)!;
    if (!chain.maySpeak) {
      const words = chain.parts.map((p) => wordsOf(docs[p.docIndex]!.passage.text, p.span)).join(' ');
      found.push({ record: record(docs[head.docIndex]!, head.span, words, false, null, null), attribution: null, docIndex: head.docIndex, orphan: false, chain });
      continue;
    }
    const headFrames = framesOf(level(head.docIndex), head.span, head.span);
    const tailFrames = framesOf(level(tail.docIndex), tail.span, tail.span);
    const frames = { before: headFrames.before, after: tailFrames.after, nextSentence: tailFrames.nextSentence };
    const words = chain.parts.map((p) => wordsOf(docs[p.docIndex]!.passage.text, p.span)).join(' ');
    const speech = isSpeech({ words, before: frames.before, next: () => nextWordAfter(docs[tail.docIndex]!, tail.span), reported: isReported(frames) });
    const attribution = speech ? (attributeFromSentence(ctx, level(tail.docIndex), frames) ?? attributeFromSentence(ctx, level(head.docIndex), headFrames)) : null;
    const rec = record(docs[head.docIndex]!, head.span, words, speech, attribution, null);
    found.push({ record: rec, attribution, docIndex: head.docIndex, orphan: speech && !attribution?.speaker && !attribution?.unnamed, chain });
  }
  inheritSpeakers(found);
  const quotes: QuoteRecord[] = [];
  for (const entry of found) {
    quotes.push(entry.record);
    const outer = entry.record.speech ? entry.attribution : null;
    for (const part of entry.chain.parts) quotes.push(...nestedQuotes(ctx, docs[part.docIndex]!, part.docIndex, part.span, outer));
  }
  return quotes;
}

/**
 * One canonical name per speaker across outlets ("Sheinbaum" in one, "Claudia Sheinbaum" in another):
 * linked among the names that speak, so that no other article's names are read for it.
 */
/** Corpus-wide: one name per person across articles (after extractArticleQuotes, on every article's records in corpus order). */
export function linkSpeakers(quotes: QuoteRecord[]): QuoteRecord[] {
  const speakers = new PersonLexicon();
  for (const q of quotes) for (const name of [q.speaker, q.reportedBy]) if (name) speakers.register(name.split(/\s+/));
  return withCanonicalNames(quotes, speakers);
}

function withCanonicalNames(quotes: readonly QuoteRecord[], lexicon: PersonLexicon): QuoteRecord[] {
  const canonical = (name: string | null) => (name ? (lexicon.canonical(name.split(/\s+/)) ?? name) : null);
  return quotes.map((q) => ({ ...q, speaker: canonical(q.speaker), reportedBy: canonical(q.reportedBy) }));
}

/**
 * Extracts and attributes every quotation of the corpus, article by article. Names are learned per
 * article: a name lookup reads only that article's sentences, never every sentence of the corpus
 * holding a common capitalised word ("States", "Congress").
 */
export function extractQuotes(corpus: Corpus): QuoteRecord[] {
  return linkSpeakers(extractArticleQuotes(corpus.passages));
}

/** extractQuotes before the corpus-wide linking of names: each article on its own, so articles can be split between threads. */
export function extractArticleQuotes(corpusPassages: readonly Passage[]): QuoteRecord[] {
  return quotedArticles(corpusPassages).flatMap(extractArticle);
}

/**
 * The articles that may hold a quotation (a quotation mark in one of their passages), in corpus order,
 * each its passages in paragraph order, with only what extraction reads: the units quotes are extracted in
 * (no other article yields any).
 */
export function quotedArticles(corpusPassages: readonly Passage[]): QuotedPassage[][] {
  const bySource = new Map<string, QuotedPassage[]>();
  for (const { id, sourceId, paragraph, text } of corpusPassages) {
    const passage = { id, sourceId, paragraph, text };
    const list = bySource.get(sourceId);
    if (list) list.push(passage);
    else bySource.set(sourceId, [passage]);
  }
  return [...bySource.values()].filter((passages) => passages.some((p) => mayHoldQuote(p.text))).map((passages) => passages.sort((x, y) => x.paragraph - y.paragraph));
}

/** Every quotation of one article (of quotedArticles), attributed; names are linked across articles after (linkSpeakers). */
export function extractArticle(passages: readonly QuotedPassage[]): QuoteRecord[] {
  const lexicon = new PersonLexicon();
  const docs = passages.map((passage) => new LazyPassageDoc(passage, lexicon));
  if (!docs.some((doc) => doc.spans.length)) return [];
  const source = { docs, chains: chainsOf(docs) };
  // Names first, so that a surname maps to the full name wherever the article gives it: queued here, tagged when a lookup needs them.
  for (const doc of namingParagraphs(source)) for (const i of doc.namingSentences()) lexicon.defer(doc.sentenceText(i), () => doc.sentenceTerms(i));
  // A full name learned late (in a paragraph tagged on demand) still becomes the one name of its person.
  return withCanonicalNames(extractSource({ docs, lexicon }, source.chains), lexicon);
}
