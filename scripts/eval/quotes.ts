import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuoteBook, searchQuotes, type QuoteBook } from '../../src/answer/quotes.js';
import { speakerMatches } from '../../src/answer/quotes/search.js';
import { normalize } from '../../src/answer/quotes/text.js';
import { loadCorpus } from '../../src/corpus/load.js';

export interface EvalSection {
  title: string;
  lines: string[];
  /** Every target of the section met. */
  pass: boolean;
}

export interface LabelledQuote {
  sourceId: string;
  text: string;
  speech: boolean;
  speaker: string | null;
  /** The title or description the article gives the speaker, where it gives one. */
  role?: string | null;
  reportedBy?: string;
}

export interface FixtureScore {
  precision: number;
  recall: number;
  speakerAccuracy: number;
  /** Of matched quotes whose label states a role (or null for none), the share whose role matches (one containing the other). */
  roleAccuracy: number;
  /** Scare quotes or quoted terms of the fixture that were listed as speech. */
  scareAsSpeech: string[];
  /** Extracted speech the fixture does not hold, and fixture speech not extracted. */
  spurious: string[];
  missed: string[];
  wrongSpeaker: Array<{ text: string; expected: string | null; got: string | null }>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TARGETS = { speakerAccuracy: 0.95, precision: 0.95, recall: 0.9 };

const key = (sourceId: string, text: string) => `${sourceId}|${normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

/** Extraction precision/recall and speaker accuracy of a quote book against hand-labelled quotes. */
export function scoreAgainstFixture(book: QuoteBook, fixture: readonly LabelledQuote[]): FixtureScore {
  const labelled = new Map(fixture.map((q) => [key(q.sourceId, q.text), q]));
  const speech = book.quotes;
  const matched = speech.filter((q) => labelled.get(key(q.sourceId, q.text))?.speech === true);
  const extracted = new Set(speech.map((q) => key(q.sourceId, q.text)));
  const expected = fixture.filter((q) => q.speech);
  const wrongSpeaker = matched
    .map((q) => ({ q, label: labelled.get(key(q.sourceId, q.text))! }))
    .filter(({ q, label }) => normalize(q.speaker ?? '') !== normalize(label.speaker ?? ''))
    .map(({ q, label }) => ({ text: q.text, expected: label.speaker, got: q.speaker }));
  const sameRole = (got: string | null, want: string | null) => {
    const [g, w] = [normalize(got ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), normalize(want ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()];
    return g === w || (g !== '' && w !== '' && (g.includes(w) || w.includes(g)));
  };
  const roled = matched.map((q) => ({ q, label: labelled.get(key(q.sourceId, q.text))! })).filter(({ label }) => label.role !== undefined);
  return {
    roleAccuracy: roled.length ? roled.filter(({ q, label }) => sameRole(q.role, label.role ?? null)).length / roled.length : 1,
    precision: speech.length ? matched.length / speech.length : 0,
    recall: expected.length ? expected.filter((q) => extracted.has(key(q.sourceId, q.text))).length / expected.length : 0,
    speakerAccuracy: matched.length ? (matched.length - wrongSpeaker.length) / matched.length : 0,
    scareAsSpeech: fixture.filter((q) => !q.speech && extracted.has(key(q.sourceId, q.text))).map((q) => q.text),
    spurious: speech.filter((q) => !labelled.has(key(q.sourceId, q.text))).map((q) => q.text),
    missed: expected.filter((q) => !extracted.has(key(q.sourceId, q.text))).map((q) => q.text),
    wrongSpeaker,
  };
}

export function loadFixture(): LabelledQuote[] {
  return (JSON.parse(readFileSync(join(ROOT, 'test/quotes/fixtures/seed-quotes.json'), 'utf8')) as { quotes: LabelledQuote[] }).quotes;
}

/** Articles written for measuring generalisation (no seed names or lines), labelled before the extractor ran on them. */
export const UNSEEN_DIR = join(ROOT, 'test/quotes/fixtures/unseen');

export function loadUnseenFixture(): LabelledQuote[] {
  return (JSON.parse(readFileSync(join(UNSEEN_DIR, 'quotes.json'), 'utf8')) as { quotes: LabelledQuote[] }).quotes;
}

export async function unseenBook(): Promise<QuoteBook> {
  return buildQuoteBook(await loadCorpus(join(UNSEEN_DIR, 'articles')));
}

interface DevQuestions {
  quotes?: Array<{ q: string; speaker: string | null }>;
  boilerplate_never_returned?: string[];
}

const pct = (x: number) => x.toFixed(3);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function evaluateQuotes(verbose = process.argv.includes("--verbose")): Promise<EvalSection> {
  const corpus = await loadCorpus(join(ROOT, 'corpus'));
  const book = buildQuoteBook(corpus);
  const score = scoreAgainstFixture(book, loadFixture());
  const lines: string[] = [];
  let pass = true;
  const target = (label: string, value: number, min: number) => {
    const ok = value >= min;
    pass &&= ok;
    lines.push(`${verdict(ok)}  ${label} ${pct(value)} (target ≥ ${min})`);
  };
  target('extraction precision', score.precision, TARGETS.precision);
  target('extraction recall   ', score.recall, TARGETS.recall);
  target('speaker accuracy    ', score.speakerAccuracy, TARGETS.speakerAccuracy);
  for (const text of score.spurious) lines.push(`      not in the fixture: “${text}”`);
  for (const text of score.missed) lines.push(`      missed: “${text}”`);
  for (const w of score.wrongSpeaker) lines.push(`      wrong speaker for “${w.text.slice(0, 60)}”: ${w.got} (expected ${w.expected})`);

  // Unseen articles: reported as measured; the targets above are the seeds'.
  const unseen = scoreAgainstFixture(await unseenBook(), loadUnseenFixture());
  lines.push(`info  unseen articles: precision ${pct(unseen.precision)}, recall ${pct(unseen.recall)}, speaker accuracy ${pct(unseen.speakerAccuracy)}, role accuracy ${pct(unseen.roleAccuracy)} (seed targets ${TARGETS.precision}/${TARGETS.recall}/${TARGETS.speakerAccuracy})`);
  if (verbose) {
    for (const text of unseen.spurious) lines.push(`      unseen, not in the fixture: “${text}”`);
    for (const text of unseen.missed) lines.push(`      unseen, missed: “${text}”`);
    for (const w of unseen.wrongSpeaker) lines.push(`      unseen, wrong speaker for “${w.text.slice(0, 60)}”: ${w.got} (expected ${w.expected})`);
    for (const text of unseen.scareAsSpeech) lines.push(`      unseen, scare quote as speech: “${text}”`);
  }

  const devFile = join(ROOT, '..', 'shared', 'eval', 'dev-questions.json');
  const dev: DevQuestions = existsSync(devFile) ? (JSON.parse(readFileSync(devFile, 'utf8')) as DevQuestions) : {};
  const furniture = (dev.boilerplate_never_returned ?? []).filter((b) => book.quotes.some((q) => normalize(q.text).includes(normalize(b))));
  const noJunk = score.scareAsSpeech.length === 0 && furniture.length === 0;
  pass &&= noJunk;
  lines.push(`${verdict(noJunk)}  no furniture or scare quote listed as speech${noJunk ? '' : `: ${[...score.scareAsSpeech, ...furniture].join('; ')}`}`);

  if (!dev.quotes) lines.push('      (dev questions not found: ../shared/eval/dev-questions.json)');
  for (const { q, speaker } of dev.quotes ?? []) {
    const result = searchQuotes(book, q);
    const top = result.quotes[0];
    const ok = speaker === null
      ? !book.quotes.some((quote) => key('', quote.text) === key('', q))
      : top !== undefined && speakerMatches(top.speaker, speaker);
    pass &&= ok;
    const got = speaker === null ? 'not listed as speech' : `top speaker ${top?.speaker ?? 'none'}`;
    lines.push(`${verdict(ok)}  "${q}" → ${got} (expected ${speaker ?? 'no speaker'})`);
  }
  return { title: 'Quotations', lines, pass };
}
