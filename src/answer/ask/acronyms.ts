import type { Passage } from '../../corpus/types.js';

/** A run of capitalised words, with lower-case joiners inside ("Department of Defense"). */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|de|del|la)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'del', 'la']);

/**
 * Acronyms the corpus spells out: the initials of its runs of capitalised words ("National Security
 * Council" → "nsc"; "Department of Defense" → "dd" and "dod"), each mapped to the run it most often
 * stands for. Found by a pattern over the corpus itself: nothing about any one story.
 */
export function findAcronyms(passages: readonly Passage[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, run: string): void => {
    if (key.length < 2 || key.length > 6) return;
    let runs = counts.get(key);
    if (!runs) counts.set(key, (runs = new Map()));
    runs.set(run, (runs.get(run) ?? 0) + 1);
  };
  for (const passage of passages) {
    for (const match of passage.text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/);
      // Every stretch of two or more capitalised words: "White House deputy" has "White House".
      for (let from = 0; from < words.length; from++) {
        for (let to = from + 2; to <= words.length; to++) {
          const part = words.slice(from, to);
          if (JOINERS.has(part[0]!) || JOINERS.has(part[part.length - 1]!)) continue;
          const run = part.join(' ');
          const initials = part.filter((word) => !JOINERS.has(word)).map((word) => word[0]!.toLowerCase()).join('');
          add(initials, run);
          if (part.some((word) => JOINERS.has(word))) add(part.map((word) => word[0]!.toLowerCase()).join(''), run);
        }
      }
    }
  }
  const acronyms = new Map<string, string>();
  for (const [key, runs] of counts) {
    const [run] = [...runs].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]!;
    acronyms.set(key, run);
  }
  return acronyms;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The question with each acronym the corpus spells out written out: "did the nsc say anything" →
 * "did the National Security Council say anything". Only a word the corpus lacks, or one typed in
 * capitals, is read as an acronym (never an ordinary word that happens to be initials).
 */
export function spellOutAcronyms(text: string, acronyms: ReadonlyMap<string, string>, known: (word: string) => boolean): string {
  return text.replace(WORD, (word) => {
    const key = word.toLowerCase();
    const run = acronyms.get(key);
    if (!run || word.length > 6) return word;
    if (!known(key)) return run;
    // Typed in capitals and also used as such in the corpus ("US"): both forms.
    const capitals = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
    return capitals ? `${word} ${run}` : word;
  });
}
