import { IRREGULAR_FORMS } from './irregular-forms.js';

let table: Map<string, string> | undefined;

/** The base form of an irregular inflection ("wrote" → "write", "men" → "man"), or the word itself. */
export function lemma(word: string): string {
  table ??= new Map(IRREGULAR_FORMS.split('\n').map((line) => line.split(' ') as [string, string]));
  return table.get(word) ?? word;
}
