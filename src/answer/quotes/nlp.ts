import nlp from 'compromise/two';
import { bulkMatch } from './sweep.js';
import { foldMarks } from './text.js';

// Same rules and results, found without scanning every rule key per sentence (see sweep.ts).
(nlp.methods() as unknown as { one: { bulkMatch: typeof bulkMatch } }).one.bulkMatch = bulkMatch;

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

/** A word as compromise holds it (what `.json()` would copy out of it). */
interface RawTerm {
  text: string;
  normal?: string;
  post?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

interface TaggedView {
  compute(method: 'offset'): void;
  docs: RawTerm[][];
}

/** Tags every word of a text (quote marks folded first so that they do not confuse the tagger); `at` is where the text starts in its passage. */
export function tagTerms(text: string, at = 0): Term[] {
  const doc = nlp(foldMarks(text)) as unknown as TaggedView;
  // Read off compromise's own words (the document is not used after): what `.json({ offset: true })` would copy.
  doc.compute('offset');
  const terms: Term[] = [];
  for (const sentence of doc.docs) {
    for (const raw of sentence) {
      if (!raw.offset || !raw.text) continue;
      const tags = raw.tags ?? new Set<string>();
      const gender = tags.has('MaleName') ? 'male' : tags.has('FemaleName') ? 'female' : null;
      const start = raw.offset.start;
      terms.push({
        text: text.slice(start, start + raw.offset.length),
        normal: (raw.normal ?? raw.text).toLowerCase(),
        start: at + start,
        end: at + start + raw.offset.length,
        post: raw.post ?? '',
        tags,
        gender,
      });
    }
  }
  return withLexiconNames(terms);
}

const NAME_GENDER: Record<string, 'male' | 'female' | null> = { MaleName: 'male', FemaleName: 'female', FirstName: null };
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

/** The gender compromise's own name list gives a given name, or undefined when the word is not one. */
export function givenNameGender(word: string): 'male' | 'female' | null | undefined {
  const entry = lexicon[word.toLowerCase()];
  const tag = (Array.isArray(entry) ? entry : [entry]).find((t) => t !== undefined && t in NAME_GENDER);
  return tag === undefined ? undefined : NAME_GENDER[tag]!;
}

/**
 * A capitalised word of the tagger's own given-name list followed by a capitalised word is a person's
 * name even where context made the tagger read a place ("Helen Park said", "Kevin Marsh, whose …").
 */
function withLexiconNames(terms: Term[]): Term[] {
  for (let i = 0; i + 1 < terms.length; i++) {
    const first = terms[i]!;
    const last = terms[i + 1]!;
    if (first.tags.has('Person') || !isCapitalised(first.text) || !isCapitalised(last.text) || /\S/.test(first.post)) continue;
    if (i > 0 && isCapitalised(terms[i - 1]!.text) && PLACE_TAGS.some((t) => terms[i - 1]!.tags.has(t)) && !/\S/.test(terms[i - 1]!.post)) continue;
    const gender = givenNameGender(first.text);
    if (gender === undefined) continue;
    for (const t of PLACE_TAGS) (first.tags.delete(t), last.tags.delete(t));
    first.tags.add('Person').add('FirstName');
    last.tags.add('Person').add('LastName');
    first.gender = gender;
  }
  return terms;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Is the lowercase word in the tagger's dictionary as something other than a given name ("state", "president")? */
export function isDictionaryWord(word: string): boolean {
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return false;
  return (Array.isArray(entry) ? entry : [entry]).some((t) => !(t in NAME_GENDER));
}
