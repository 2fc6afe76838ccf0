import { ENGLISH_FREQUENCY } from './english-frequency.js';

let zipfs: Map<string, number> | undefined;

/** Read on the first look-up (a few milliseconds), then shared by every corpus. */
function table(): Map<string, number> {
  if (!zipfs) {
    zipfs = new Map();
    for (const line of ENGLISH_FREQUENCY.split('\n')) {
      const words = line.split(' ');
      const value = Number(words[0]) / 10;
      for (let i = 1; i < words.length; i++) zipfs.set(words[i]!, value);
    }
  }
  return zipfs;
}

/**
 * How common a word is in everyday spoken English (SUBTLEX-US subtitles), on the Zipf scale: log10 of
 * its frequency per billion words (7.5 for "the", 4.3 for "troops", 2.7 for "sovereignty", 1.3 for a
 * word seen once); 0 for a word the list lacks (a name, a rare term, an acronym or a typo). A general
 * list: nothing in it comes from any corpus of ours.
 */
export function zipf(word: string): number {
  return table().get(word.toLowerCase()) ?? 0;
}
