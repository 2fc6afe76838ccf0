/**
 * Where the question's words occur in a passage, for bolding when the engine gave no highlights.
 * Only content words count, and a word matches the same word with an ending ("refuse" → "refused").
 */
const FUNCTION_WORDS = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those to was we were what when ' +
    'where which who whom whose why will with would you your about after before over under said says').split(' '),
);

export function questionTerms(question: string): string[] {
  const words = question.normalize('NFKC').toLowerCase().replaceAll('’', "'").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w)))];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function termRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
