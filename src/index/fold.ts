/**
 * Folds one word for matching: compatibility decomposition, no diacritics, lower case, straight
 * apostrophes. Orama's English splitter breaks words at diacritics and curly apostrophes
 * ("Zürich" → z, rich), so every word is folded before it reaches the index.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .toLowerCase();
}

/** Folds running text the same way, plus curly double quotes, dashes and runs of white space. */
export function foldText(text: string): string {
  return foldWord(text)
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}
