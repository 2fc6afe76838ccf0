import type { Source } from '../../corpus/types.js';
import type { PassageIndex } from '../../index/passage-index.js';
import { STOP_WORDS } from '../../index/stopwords.js';
import { findAcronyms } from './acronyms.js';
import type { Scored } from './rescore.js';

/** A word that names an outlet but is this common in the articles' text is read as text, not as the outlet. */
const MAX_TEXT_PASSAGES = 2;

/** Each outlet word (folded, and the initials of its capitalised runs) and the sources it names. */
export type OutletWords = Map<string, Set<string>>;

/** The words of each source's outlet and byline ("fox", "beast", "desk", "ap"): how people name where they read it. */
export function outletWords(sources: readonly Source[], index: PassageIndex): OutletWords {
  const words: OutletWords = new Map();
  const add = (word: string, id: string): void => {
    if (STOP_WORDS.has(word) || word.length < 2) return;
    if (!words.has(word)) words.set(word, new Set());
    words.get(word)!.add(id);
  };
  for (const source of sources) {
    const names = [source.outlet, source.byline].filter((name): name is string => Boolean(name));
    for (const name of names) {
      for (const token of index.analyzer.tokens(name)) add(token.word, source.id);
      for (const initials of findAcronyms([name]).keys()) add(initials, source.id);
    }
  }
  // A word naming most of the outlets ("news") tells none of them apart.
  for (const [word, ids] of words) if (ids.size > Math.max(1, sources.length / 2)) words.delete(word);
  return words;
}

/**
 * The sources a question names ("in the fox piece", "according to the AP") and the question without
 * those words: they are not in the articles' text, so they neither search nor count as missing.
 */
export function outletMentions(text: string, words: OutletWords, index: PassageIndex): { text: string; sources: Set<string> } {
  const sources = new Set<string>();
  let kept = '';
  let at = 0;
  for (const token of index.analyzer.tokens(text)) {
    const named = words.get(token.word);
    if (!named || index.orama.documentFrequency(token.term) > MAX_TEXT_PASSAGES) continue;
    for (const id of named) sources.add(id);
    kept += `${text.slice(at, token.start)} `;
    at = token.end;
  }
  return { text: (kept + text.slice(at)).replace(/\s+/g, ' ').trim(), sources };
}

/** Passages of the sources the question names come first among passages that answer about as well. */
export function preferSources(ranked: Scored[], sources: ReadonlySet<string>, sourceOf: (position: number) => string, boost: number): Scored[] {
  if (sources.size === 0) return ranked;
  for (const item of ranked) if (sources.has(sourceOf(item.position))) item.score += boost;
  return ranked.sort((a, b) => b.score - a.score || a.position - b.position);
}
