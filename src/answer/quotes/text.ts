import { stemmer } from 'stemmer';
import { foldWord } from '../../index/fold.js';

/** Same-length folding for NLP: curly quotes and apostrophes become straight ones, so offsets stay valid. */
export function foldMarks(text: string): string {
  return text.replace(/[‘’‚‛‹›]/g, "'").replace(/[“”„‟«»]/g, '"');
}

/** Lowercase, diacritics removed, quote marks straightened: the index's folding, for comparing names and words. */
export function normalize(text: string): string {
  return foldMarks(foldWord(text));
}

/** Stemmed word tokens (possessive 's dropped): the unit of quote similarity and search. */
export function stemTokens(text: string): string[] {
  const words = normalize(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  return words.map((w) => stemmer(w.replace(/'s$/, '')));
}

