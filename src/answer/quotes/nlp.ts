import nlp from 'compromise';
import { foldMarks } from './text.js';

/** One word of a passage as compromise tagged it. Offsets index the passage text. */
export interface Term {
  text: string;
  /** Lowercase, apostrophes straight, possessive kept. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", ":", ".", quote marks …). */
  post: string;
  tags: Set<string>;
  /** Compromise's gender guess when it reads the word as part of a person's name. */
  gender: 'male' | 'female' | null;
}

interface RawTerm {
  text: string;
  normal?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Tags every word of a text (quote marks folded first so that they do not confuse the tagger). */
export function tagTerms(text: string): Term[] {
  const doc = nlp(foldMarks(text));
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: RawTerm[] }>;
  const terms: Term[] = [];
  for (const sentence of sentences) {
    for (const raw of sentence.terms) {
      if (!raw.offset || !raw.text) continue;
      const tags = new Set(raw.tags ?? []);
      const gender = tags.has('MaleName') ? 'male' : tags.has('FemaleName') ? 'female' : null;
      const start = raw.offset.start;
      terms.push({
        text: text.slice(start, start + raw.offset.length),
        normal: (raw.normal ?? raw.text).toLowerCase(),
        start,
        end: start + raw.offset.length,
        post: raw.post ?? '',
        tags,
        gender,
      });
    }
  }
  return terms;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
