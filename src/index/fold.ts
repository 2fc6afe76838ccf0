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
