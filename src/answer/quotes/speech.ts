import type { Term } from './nlp.js';
import { isNamingVerb } from './verbs.js';
import { countWords } from '../../corpus/text.js';

/** Words that introduce a quoted term rather than quoted speech: "the word “x”", "known as “x”". */
const TERM_INTRODUCERS = new Set(['as', 'word', 'words', 'term', 'terms', 'phrase', 'label', 'slogan', 'so-called']);
export const SHORT_QUOTE_WORDS = 5;

export interface SpeechContext {
  words: string;
  /** Words of the same sentence before the opening mark. */
  before: readonly Term[];
  /** The first word after the closing mark, if nothing but spaces stands between (looked up only if needed: it may cost tagging the next sentence). */
  next: () => Term | null;
  /** A reporting verb introduces the quote, or an attribution follows it. */
  reported: boolean;
}

/**
 * Speech or a scare quote? A quote that opens its sentence is speech. Inside a sentence, a quote is
 * speech only when something reports it; one word is a quoted term unless a colon or comma introduces it
 * (*she replied: "No."*); a short one is still a quoted term when it sits in a noun
 * phrase (after a determiner or a naming verb: a “last resort”, named them “terrorist” groups)
 * or modifies the noun after it (“foreign terrorist” groups).
 */
export function isSpeech({ words, before, next, reported }: SpeechContext): boolean {
  if (!before.length) return true;
  if (!reported) return false;
  const count = countWords(words);
  if (count >= SHORT_QUOTE_WORDS) return true;
  const prev = before.at(-1)!;
  if (/[:,]/.test(prev.post)) return true;
  // One word inside a sentence is a quoted term (was "inviolable", called it "true"), not something said.
  if (count === 1) return false;
  if (prev.tags.has('Determiner') || (prev.tags.has('Possessive') && prev.tags.has('Pronoun'))) return false;
  if (isNamingVerb(prev.normal) || TERM_INTRODUCERS.has(prev.normal)) return false;
  if (/[.,!?;:]\s*$/.test(words)) return true;
  const following = next();
  return !(following && following.tags.has('Noun') && !following.tags.has('Pronoun') && !following.tags.has('Determiner'));
}
