import type { MarkSpan } from './marks.js';

// Abbreviations whose period does not end a sentence: general English, not tied to any article.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc',
  'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no',
  'vs', 'etc', 'approx', 'dept', 'univ', 'pres', 'ave', 'mt', 'ft', 'adm', 'cmdr', 'supt', 'atty',
]);

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  // Initials and dotted initialisms: J. Smith, U.S. Army.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const OPEN_MARK = /[“„‟«‘‚‛"']/u;
const STARTS_SENTENCE = /[\p{Lu}\p{N}“„‟«‘"']/u;

/**
 * Offsets where sentences start in text[from, to). Quotations in `spans` are atomic: a sentence
 * ends after a quote whose words end with . ! or ? when a new sentence follows.
 */
export function sentenceStarts(text: string, from: number, to: number, spans: readonly MarkSpan[]): number[] {
  const starts = [from];
  let spanIndex = 0;
  const startAfter = (i: number) => {
    let j = i;
    while (j < to && /[)\]’”"'»]/.test(text[j]!)) j++;
    if (j >= to || !/\s/.test(text[j]!)) return;
    while (j < to && /\s/.test(text[j]!)) j++;
    if (j < to && STARTS_SENTENCE.test(text[j]!)) starts.push(j);
  };
  for (let i = from; i < to; i++) {
    const span = spans[spanIndex];
    if (span && i === span.open) {
      spanIndex++;
      const words = text.slice(span.contentStart, span.contentEnd).trimEnd();
      // A closing mark after the end punctuation (sale.”) ends the sentence when a new one follows.
      if (/[.!?]['’‘"”“»]*$/.test(words) && span.closed) startAfter(span.end);
      i = span.end - 1;
      continue;
    }
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    // "what I said to him? ‘No …’": a question that introduces a quote does not end its sentence.
    let k = i + 1;
    while (k < to && /\s/.test(text[k]!)) k++;
    if (c === '?' && k < to && OPEN_MARK.test(text[k]!)) continue;
    startAfter(i + 1);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The start of the sentence holding `offset`. */
export function sentenceStartOf(starts: readonly number[], offset: number): number {
  let found = starts[0] ?? 0;
  for (const s of starts) {
    if (s > offset) break;
    found = s;
  }
  return found;
}

/** The end of the sentence holding `offset`: the next sentence start, or `to`. */
export function sentenceEndOf(starts: readonly number[], offset: number, to: number): number {
  for (const s of starts) if (s > offset) return s;
  return to;
}
