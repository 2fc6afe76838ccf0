/** Whitespace runs (incl. non-breaking and other Unicode spaces, newlines) become one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  // Most spans are already single-spaced: testing is cheaper than rebuilding the string.
  return /\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Number of words: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  // One match per token: from its start to its first letter or digit; the rest of the token cannot match.
  return text.match(/(?<!\S)\S*?[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** The span [start, end) of `text` without leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Ends like a body paragraph may: a sentence, or a colon or similar ("She said:"). */
export const ENDS_BODY = /[.!?…:;,]["”’'»)\]]*$/;

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
export const ENDS_SENTENCE = /[.!?…]["”’'»)\]]*$/;

/** Capitalised words (4+ letters) make up nearly all of the longer words: a heading or tagline, not prose. */
export function isTitleCase(text: string): boolean {
  const long = text.match(/[\p{L}’'-]{4,}/gu) ?? [];
  if (long.length < 2) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.8;
}

/** At least four letters and nearly all of them upper case. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length;
  return upper / letters.length >= 0.85;
}
