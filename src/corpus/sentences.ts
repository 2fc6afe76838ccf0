import type { Span } from './types.js';
import { collapseWhitespace, trimSpan } from './text.js';

// Abbreviations that never end a sentence before a capitalised word: titles and the like ("Dr. Jones").
const TITLES = new Set(
  'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj brig cpl pvt rev hon pres supt insp det amb atty st mt ft messrs mme mlle mssrs fr sr sra srta vs v cf approx dept univ assn ave blvd rd hwy bldg gov’t'.split(' '),
);
// Abbreviations that end a sentence only when a typical sentence opener follows ("Apple Inc. The company …").
const AMBIGUOUS = new Set('inc corp co ltd llc plc jr sr etc bros al esq ph.d'.split(' '));
// Before a number they are abbreviations: "Feb. 19", "No. 10", "Vol. 2" ("No" only capitalised: "she said no. 2025 …").
const BEFORE_NUMBERS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec vol vols art p pp fig figs ch sec para op'.split(' '));
// Words that commonly open an English sentence: after "U.S." or "Inc." they signal a real boundary.
const OPENERS = new Set(
  ('the a an he she it they we i you but and or so yet in on at for to this that these those there here his her its their our my your ' +
    'as if when while after before since although though because however meanwhile still then now also some many most all no not ' +
    'one two both each every what who why how where which according despite during under over with without from last earlier later ' +
    'instead other another such only even just more few several officials police authorities critics analysts').split(' '),
);
// After a quoted question or exclamation, "Name said" continues the sentence: `“Why?” Trump asked.`
const SPEECH_VERB =
  /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,4}(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|continued|declared|shouted|exclaimed|tweeted|posted|insisted|noted|stated|explained|recalled|responded|answered|warned|argued|cried|yelled|screamed|laughed|joked|quipped|demanded|wondered|whispered|announced|concluded|remarked|admitted|acknowledged|countered|conceded|protested|pleaded|urged|suggested|mused|chanted)\b/u;

// A candidate end: terminal punctuation, any closing quotes/brackets, then whitespace.
const CANDIDATE = /[.!?…]+["”’'»)\]]*(?=\s)/g;
const OPENING = /^["“‘'«(\[¿¡]*/;

/** The run of non-space characters that ends at `index` (scanning back: linear in the word, not the text). */
function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  return text.slice(from, index);
}

function isBoundary(text: string, punct: string, punctIndex: number, nextIndex: number): boolean {
  const next = text.slice(nextIndex, nextIndex + 80);
  const first = next.replace(OPENING, '')[0];
  if (first === undefined) return false;
  const startsUpper = /\p{Lu}/u.test(first);
  const startsDigit = /\d/.test(first);
  // A lowercase (or punctuation) start continues the sentence: `“Why?” she asked.`
  if (!startsUpper && !startsDigit) return false;

  const marks = punct.replace(/["”’'»)\]]+$/, '');
  if (marks === '.') {
    const before = wordBefore(text, punctIndex).replace(OPENING, '');
    const word = before.toLowerCase();
    const nextWord = (/^[\p{L}’']+/u.exec(next.replace(OPENING, ''))?.[0] ?? '').toLowerCase();
    if (TITLES.has(word)) return false;
    if ((BEFORE_NUMBERS.has(word) || before === 'No' || before === 'Nos') && startsDigit) return false;
    // An initial: "J. R. Smith", "Harry S. Truman".
    if (/^\p{Lu}$/u.test(before)) return false;
    // Dotted acronyms ("U.S", "D.C", "a.m") and ambiguous abbreviations end a sentence only before an opener.
    if (/^(?:\p{L}\.)+\p{L}$/u.test(before) || AMBIGUOUS.has(word)) return OPENERS.has(nextWord);
  } else if (/[?!]/.test(marks) && punct.length > marks.length && SPEECH_VERB.test(next)) {
    return false;
  }
  return true;
}

/** Splits `text.slice(start, end)` into sentence spans with offsets into `text`. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  const emit = (to: number): void => {
    const span = trimSpan(text, start + from, start + to);
    if (span.end > span.start) spans.push({ text: collapseWhitespace(text.slice(span.start, span.end)), ...span });
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m !== null; m = CANDIDATE.exec(slice)) {
    const punctEnd = m.index + m[0].length;
    let nextIndex = punctEnd;
    while (nextIndex < slice.length && /\s/.test(slice[nextIndex]!)) nextIndex++;
    if (isBoundary(slice, m[0], m.index, nextIndex)) {
      emit(punctEnd);
      from = nextIndex;
    }
  }
  emit(slice.length);
  return spans;
}
