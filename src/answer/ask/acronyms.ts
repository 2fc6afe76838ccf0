
/** A run of capitalised words, with lower-case joiners inside ("Department of Defense"). */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|de|del|la)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'del', 'la']);
const ADJACENT_CAPITALS = /\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}/u;
/** Longer runs are lists of names, not one name: their initials are no acronym. */
const MAX_RUN = 8;

/** The texts of passages, one at a time (no copy of a large corpus). */
export function* passageTexts(passages: readonly { text: string }[]): Generator<string> {
  for (const passage of passages) yield passage.text;
}

/**
 * Acronyms the corpus spells out: the initials of its runs of capitalised words ("National Security
 * Council" → "nsc"; "Department of Defense" → "dd" and "dod"), and of the stretches a run begins or
 * ends with, each mapped to the run it most often
 * stands for. Found by a pattern over the corpus itself: nothing about any one story.
 */
export function findAcronyms(texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, run: string): void => {
    if (key.length < 2 || key.length > 6) return;
    let runs = counts.get(key);
    if (!runs) counts.set(key, (runs = new Map()));
    runs.set(run, (runs.get(run) ?? 0) + 1);
  };
  const stretch = (part: string[]): void => {
    if (part.length < 2 || JOINERS.has(part[0]!) || JOINERS.has(part[part.length - 1]!)) return;
    const run = part.join(' ');
    const initials = part.filter((word) => !JOINERS.has(word)).map((word) => word[0]!.toLowerCase()).join('');
    add(initials, run);
    if (part.some((word) => JOINERS.has(word))) add(part.map((word) => word[0]!.toLowerCase()).join(''), run);
  };
  for (const text of texts) {
    // Most passages hold no two capitalised words in a row: a cheap test skips them.
    if (!ADJACENT_CAPITALS.test(text)) continue;
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/).slice(0, MAX_RUN);
      // The run and the stretches it begins and ends with: "White House National Security Council"
      // holds "White House" and "National Security Council".
      for (let cut = 2; cut <= words.length; cut++) {
        stretch(words.slice(0, cut));
        if (cut < words.length) stretch(words.slice(words.length - cut));
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

/** Whether a question holds a word that could be an acronym the corpus spells out: two to six letters, unknown to the corpus. */
export function mayHoldAcronym(text: string, known: (word: string) => boolean): boolean {
  for (const [word] of text.matchAll(WORD)) if (word.length >= 2 && word.length <= 6 && !known(word.toLowerCase())) return true;
  return false;
}

/**
 * The question with each acronym the corpus spells out written out: "did the nsc say anything" →
 * "did the National Security Council say anything". Only a word the corpus lacks is read as an
 * acronym: one it uses ("US", or an ordinary word that happens to be initials) is matched as it is.
 */
export function spellOutAcronyms(text: string, acronyms: ReadonlyMap<string, string>, known: (word: string) => boolean): string {
  return text.replace(WORD, (word) => {
    const run = acronyms.get(word.toLowerCase());
    return run && word.length <= 6 && !known(word.toLowerCase()) ? run : word;
  });
}
