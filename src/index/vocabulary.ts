import { boundedEditDistance } from './edit-distance.js';
import { QUESTION_WORDS, STOP_WORDS } from './stopwords.js';

export interface Correction {
  /** The known word(s) meant: one for a misspelling, two for words run together ("whitehouse"). */
  words: string[];
  distance: number;
  /** A clipped form completed ("infra" → "infrastructure"), not a misspelling. */
  clipped?: boolean;
}

/** The corpus's folded surface words with their counts: what a misspelt question word is matched against. */
export class Vocabulary {
  private readonly byLength = new Map<number, { words: string[]; letters: number[] }>();
  /** The corpus's words in code-unit order, for prefix look-ups (sorted on the first one). */
  private sorted: string[] | null = null;

  constructor(private readonly counts: ReadonlyMap<string, number>) {
    const known = new Set([...counts.keys(), ...STOP_WORDS]);
    for (const word of known) {
      if (!/^\p{L}+$/u.test(word)) continue;
      let bucket = this.byLength.get(word.length);
      if (!bucket) this.byLength.set(word.length, (bucket = { words: [], letters: [] }));
      bucket.words.push(word);
      bucket.letters.push(letterSet(word));
    }
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? (STOP_WORDS.has(word) ? 1 : 0);
  }

  entries(): Array<[string, number]> {
    return [...this.counts];
  }

  /**
   * The most likely known word(s) for an unknown one: two known words run together, else the nearest
   * word by edit distance (1 for short words, 2 for longer), preferring a question word when the
   * word opens the question, then words sharing its first letter, then frequent words. Failing
   * those, a clipped form ("intel", "admin") stands for the most frequent corpus word it begins.
   */
  correct(word: string, opensQuestion = false): Correction | null {
    if (word.length < 3 || !/^\p{L}+$/u.test(word)) return null;
    const split = this.split(word);
    if (split) return { words: split, distance: 1 };
    const max = word.length <= 5 ? 1 : 2;
    let best: { word: string; rank: number[] } | null = null;
    const letters = letterSet(word);
    for (let length = word.length - max; length <= word.length + max; length++) {
      const bucket = this.byLength.get(length);
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        // Each letter one word has and the other lacks costs an edit: most words are ruled out here.
        if (Math.max(bitCount(letters & ~bucket.letters[i]!), bitCount(bucket.letters[i]! & ~letters)) > max) continue;
        const candidate = bucket.words[i]!;
        const distance = boundedEditDistance(word, candidate, max);
        if (distance > max) continue;
        const rank = [
          -distance,
          opensQuestion && QUESTION_WORDS.has(candidate) ? 1 : 0,
          candidate[0] === word[0] ? 1 : 0,
          this.count(candidate),
        ];
        if (!best || compareRanks(rank, best.rank) > 0) best = { word: candidate, rank };
      }
    }
    if (best) return { words: [best.word], distance: -best.rank[0]! };
    const completion = this.complete(word);
    return completion ? { words: [completion], distance: CLIPPED_DISTANCE, clipped: true } : null;
  }

  /** The most frequent corpus word that begins with `word` and is at least two letters longer (clipping). */
  private complete(word: string): string | null {
    if (word.length < MIN_CLIPPED) return null;
    this.sorted ??= [...this.counts.keys()].filter((known) => /^\p{L}+$/u.test(known)).sort();
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < word) low = middle + 1;
      else high = middle;
    }
    let best: string | null = null;
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(word); i++) {
      const known = sorted[i]!;
      if (known.length >= word.length + 2 && (!best || this.count(known) > this.count(best))) best = known;
    }
    return best;
  }

  /** Splits run-together words when both halves are known words (the most frequent pair wins). */
  private split(word: string): string[] | null {
    let best: { parts: string[]; score: number } | null = null;
    for (let i = 2; i <= word.length - 2; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (!this.counts.has(left) || !this.counts.has(right)) continue;
      const score = Math.min(this.count(left), this.count(right));
      if (!best || score > best.score) best = { parts: [left, right], score };
    }
    return best?.parts ?? null;
  }
}

/** Shortest clipped form completed ("info", "intel"): shorter ones are too ambiguous. */
const MIN_CLIPPED = 4;
/** A completion counts as a distant correction: it is a guess at the word meant. */
const CLIPPED_DISTANCE = 2;

/** The letters of a word as bits (a–z one each; other letters share the rest, which only weakens the test). */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    set |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return set;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
