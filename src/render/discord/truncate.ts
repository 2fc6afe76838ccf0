/**
 * Shortening Discord markdown to a length limit: cut at the end of a sentence if one is close to
 * the limit, else at a word boundary, add an ellipsis, and never cut inside a markdown construct:
 * open bold/italic/strike/spoiler/code markers are closed again, a link is kept whole or dropped.
 */

export const ELLIPSIS = '…';

// Two-character markers are matched before their one-character prefixes.
const MARKERS = ['**', '__', '~~', '||', '*', '_', '`'] as const;
// Accept a sentence boundary only if it keeps most of the room; otherwise a word boundary reads better.
const SENTENCE_MIN_SHARE = 0.6;
const WORD_MIN_SHARE = 0.5;

interface MarkdownState {
  /** Open markers, outermost first, with where each was opened. */
  open: Array<{ marker: string; at: number }>;
  /** Where an unfinished link `[text](url)` starts, if the prefix ends inside one. */
  linkStart: number | null;
  /** The prefix ends with a lone backslash (an escape missing its character). */
  danglingEscape: boolean;
}

/** The markdown state at the end of `text.slice(0, end)`. */
function scan(text: string, end: number): MarkdownState {
  const open: MarkdownState['open'] = [];
  let linkStart: number | null = null;
  let inUrl = false;
  let i = 0;
  while (i < end) {
    const c = text[i]!;
    const inCode = open.at(-1)?.marker === '`';
    if (c === '\\' && !inCode) {
      if (i + 1 >= end) return { open, linkStart, danglingEscape: true };
      i += 2;
      continue;
    }
    if (inUrl) {
      if (c === ')') {
        inUrl = false;
        linkStart = null;
      }
      i++;
      continue;
    }
    if (!inCode && c === '[' && linkStart === null) {
      linkStart = i;
      i++;
      continue;
    }
    if (!inCode && c === ']' && linkStart !== null) {
      if (text[i + 1] === '(') {
        inUrl = true;
        i += 2;
      } else {
        linkStart = null; // brackets without an address are plain text
        i++;
      }
      continue;
    }
    const marker = MARKERS.find((m) => text.startsWith(m, i) && (!inCode || m === '`'));
    if (marker) {
      if (open.at(-1)?.marker === marker) open.pop();
      else open.push({ marker, at: i });
      i += marker.length;
      continue;
    }
    i++;
  }
  return { open, linkStart, danglingEscape: false };
}

/** Where to cut so that at most `room` characters are kept, preferring sentence then word ends. */
function boundaryAtOrBefore(text: string, room: number): number {
  const window = text.slice(0, room + 1);
  let sentence = -1;
  let word = -1;
  for (let i = Math.min(room, text.length - 1); i > 0; i--) {
    if (!/\s/.test(window[i] ?? '')) continue;
    if (word < 0) word = i;
    // The sentence ends before this space: punctuation, possibly followed by quotes, brackets or markers.
    if (/[.!?…][\p{Pf}"')\]*_~|]*$/u.test(window.slice(Math.max(0, i - 6), i))) {
      sentence = i;
      break;
    }
    if (i < room * SENTENCE_MIN_SHARE) break;
  }
  if (sentence >= room * SENTENCE_MIN_SHARE) return sentence;
  if (word >= room * WORD_MIN_SHARE) return word;
  return room;
}

/** Moves a cut off the second half of a surrogate pair. */
function avoidSplitCharacter(text: string, cut: number): number {
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}

/**
 * How much of plain text (no markdown) to keep within `room` characters: the length of the kept
 * prefix, ending at a sentence or word boundary where one is close enough. Lets a renderer cut
 * article text before formatting it, so that highlights are never split.
 */
export function plainCut(text: string, room: number): number {
  if (text.length <= room) return text.length;
  return text.slice(0, avoidSplitCharacter(text, boundaryAtOrBefore(text, room))).trimEnd().length;
}

/** `text` shortened to at most `max` characters, as described above. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let room = max - ELLIPSIS.length;
  // Each pass either returns or shrinks `room`, so this ends.
  while (room > 0) {
    let cut = avoidSplitCharacter(text, boundaryAtOrBefore(text, room));
    let state = scan(text, cut);
    // Move the cut back until it is outside any link and escape and no marker opens right at it;
    // every step moves the cut strictly left, so this ends.
    for (;;) {
      const end = text.slice(0, cut).trimEnd().length;
      const top = state.open.at(-1);
      let next = cut;
      if (state.linkStart !== null) next = state.linkStart;
      else if (state.danglingEscape) next = cut - 1;
      else if (top && top.at + top.marker.length >= end) next = top.at;
      else if (end < cut) next = end;
      if (next === cut) break;
      cut = next;
      state = scan(text, cut);
    }
    const kept = text.slice(0, cut);
    const closers = state.open.map((o) => o.marker).reverse().join('');
    const result = `${kept}${ELLIPSIS}${closers}`;
    if (result.length <= max) return result;
    room -= result.length - max;
  }
  return ELLIPSIS;
}
