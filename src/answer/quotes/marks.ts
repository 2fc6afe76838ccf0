/** Where a quotation sits in a text: offsets of its marks and of its words. */
export interface MarkSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark, or the region end when the quote is left open. */
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

type Role = 'open' | 'close' | 'either';

const DOUBLE: Record<string, Role> = { '“': 'open', '„': 'open', '‟': 'open', '«': 'open', '”': 'close', '»': 'close', '"': 'either' };
const SINGLE: Record<string, Role> = { '‘': 'open', '‚': 'open', '‛': 'open', '‹': 'open', '’': 'close', '›': 'close', "'": 'either' };

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPENERS_BEFORE = /[([{—–\-/]/;
const CLOSERS_AFTER = /[.,;:!?)\]}—–\-/…]/;

/**
 * The role a mark plays from what surrounds it. Context wins over the glyph, so a quote closed with an
 * opening mark (`ours,“ said`) still closes; the glyph only breaks ties.
 */
function roleOf(text: string, i: number, glyphRole: Role, marks: Record<string, Role>): Role {
  const prev = text[i - 1];
  const next = text[i + 1];
  const prevIsMark = prev !== undefined && prev in DOUBLE || prev !== undefined && prev in SINGLE;
  const nextIsMark = next !== undefined && (next in DOUBLE || next in SINGLE);
  const leftFlank = (isSpace(prev) || OPENERS_BEFORE.test(prev!) || (prevIsMark && marks !== DOUBLE)) && !isSpace(next);
  const rightFlank = !isSpace(prev) && (isSpace(next) || CLOSERS_AFTER.test(next!) || nextIsMark);
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return 'close';
  return glyphRole;
}

/** A single mark between letters (don’t, Trump‘s) or after a plural (leaders’ ) is an apostrophe. */
function isApostrophe(text: string, i: number, inside: boolean): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (isSpace(prev) && next !== undefined && /\d/.test(next) && /\d\ds?\b/.test(text.slice(i + 1, i + 4))) return true;
  return !inside && prev === 's' && isSpace(next);
}

/** Quotations marked with `kind` marks in text[from, to), in order; an unclosed one runs to `to`. */
export function findMarkSpans(text: string, from: number, to: number, kind: 'double' | 'single'): MarkSpan[] {
  const marks = kind === 'double' ? DOUBLE : SINGLE;
  const spans: MarkSpan[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const glyph = text[i]!;
    const glyphRole = marks[glyph];
    if (glyphRole === undefined) continue;
    if (kind === 'single' && isApostrophe(text, i, openAt >= 0)) continue;
    let role = roleOf(text, i, glyphRole, marks);
    if (role === 'either') role = openAt >= 0 ? 'close' : 'open';
    if (role === 'open') {
      // An opener while one is open: the earlier quote was never closed; it ends here.
      if (openAt >= 0) spans.push({ open: openAt, end: i, contentStart: openAt + 1, contentEnd: i, closed: false });
      openAt = i;
    } else if (openAt >= 0) {
      spans.push({ open: openAt, end: i + 1, contentStart: openAt + 1, contentEnd: i, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push({ open: openAt, end: to, contentStart: openAt + 1, contentEnd: to, closed: false });
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.contentStart, s.contentEnd)));
}

const DOUBLE_MARK = /["“”„‟«»]/;
/** A single mark that can open a quotation: after a space, bracket or dash (or at the start) and before a word. */
const SINGLE_OPENER = /(?:^|[\s([{—–-])['‘‚‛‹]\S/;

/** A cheap test run before any scanning: can the text hold a quotation at all? */
export function mayHoldQuote(text: string): boolean {
  return DOUBLE_MARK.test(text) || SINGLE_OPENER.test(text);
}

/** Top-level quotations of a paragraph: double marks, or single marks when the paragraph uses no double ones. */
export function findTopLevelSpans(text: string): MarkSpan[] {
  const hasDouble = DOUBLE_MARK.test(text);
  return findMarkSpans(text, 0, text.length, hasDouble ? 'double' : 'single');
}

/** Does the paragraph open with a quotation mark (the sign of a quote continued from the paragraph before)? */
export function opensWithMark(text: string): boolean {
  const first = text.trimStart()[0];
  return first !== undefined && (DOUBLE[first] === 'open' || first === '"' || (first in SINGLE && SINGLE[first] !== 'close'));
}
