import { isCapitalised, type Term } from './nlp.js';

const NP_TAGS = ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Pronoun', 'Honorific', 'Possessive', 'Acronym', 'Demonym', 'Organization', 'Person'];
const NOT_NP_TAGS = ['Verb', 'Preposition', 'Conjunction', 'QuestionWord', 'Date', 'Value', 'Adverb'];
// Function words that open clauses; the tagger sometimes reads a capitalised one as a noun ("As Smith said").
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'as', 'because', 'since', 'after', 'before', 'although', 'though', 'just', 'also', 'then', 'so', 'but', 'and', 'or', 'once', 'until', 'unless']);

const RELATIVE_SUBJECTS = new Set(['which', 'who', 'that']);
const hasAny = (term: Term, tags: string[]) => tags.some((t) => term.tags.has(t));
export const hasPunctuation = (term: Term) => /[,;:.!?()—–"“”'‘’]/.test(term.post);
export const hasComma = (term: Term) => /[,;—–]/.test(term.post);

function isNpTerm(term: Term): boolean {
  if (RELATIVE.has(term.normal)) return false;
  if (term.tags.has('Honorific')) return true;
  return hasAny(term, NP_TAGS) && !hasAny(term, NOT_NP_TAGS);
}

const isDeterminer = (term: Term) => term.tags.has('Determiner') && !RELATIVE.has(term.normal);
const isSkippable = (term: Term) => term.tags.has('Adverb') || term.tags.has('Auxiliary') || term.tags.has('Modal');

/** A noun phrase, and an appositive set off by commas after it ("Jane Doe, a spokeswoman, said"). */
export interface NounPhrase {
  terms: Term[];
  appositive: Term[] | null;
}

/** Lowercase words joining the capitalised words of one name: Royal College of Paediatricians, Chamber of Commerce. */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&']);
/** Prepositions after the head of a description: "a spokesperson for the mayor's office". */
const DESCRIPTION_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'to']);

/** A capitalised word the tagger read as a verb, inside a name or title ("Budget chief", "Clean Air Alliance"). */
const isTitleWord = (term: Term) => isCapitalised(term.text) && !RELATIVE.has(term.normal) && !hasAny(term, ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Date', 'Value']);

/** Collects noun-phrase words backwards from `end` (inclusive). */
function phraseEndingAt(terms: readonly Term[], end: number, from: number): Term[] {
  let k = end;
  while (k >= from && (isNpTerm(terms[k]!) || (k < end && isTitleWord(terms[k]!))) && (k === end || !hasPunctuation(terms[k]!))) {
    const determiner = isDeterminer(terms[k]!);
    k--;
    const joiner = terms[k];
    const before = terms[k - 1];
    // Inside a name, "of" joins capitalised words; after a description's head it opens what the head is of.
    if (joiner && before && k - 1 >= from && !hasPunctuation(joiner) && !hasPunctuation(before)) {
      const capitalisedBoth = !determiner && isCapitalised(terms[k + 1]!.text) && isCapitalised(before.text) && NAME_JOINERS.has(joiner.normal);
      const describes = DESCRIPTION_PREPOSITIONS.has(joiner.normal) && before.tags.has('Actor') && !isCapitalised(before.text);
      if (capitalisedBoth || describes) {
        k -= 1;
        continue;
      }
    }
    if (determiner) break;
  }
  return terms.slice(k + 1, end + 1);
}

/** The subject written just before the verb at `verb` ("Sheinbaum said", "the statement said"). */
export function subjectBefore(terms: readonly Term[], verb: number, from = 0): NounPhrase | null {
  let i = verb - 1;
  while (i >= from && isSkippable(terms[i]!) && !hasPunctuation(terms[i]!)) i--;
  if (i < from) return null;
  // "the agency, which said": the relative pronoun stands for the phrase before its comma.
  if (RELATIVE_SUBJECTS.has(terms[i]!.normal) && i - 1 >= from && hasComma(terms[i - 1]!)) {
    const phrase = phraseEndingAt(terms, i - 1, from);
    return phrase.length ? { terms: phrase, appositive: null } : null;
  }
  let appositive: Term[] | null = null;
  if (hasComma(terms[i]!)) {
    let j = i - 1;
    while (j >= from && !hasComma(terms[j]!)) j--;
    if (j < from) return null;
    appositive = terms.slice(j + 1, i + 1);
    i = j;
  }
  const phrase = phraseEndingAt(terms, i, from);
  return phrase.length ? { terms: phrase, appositive } : null;
}

/** The subject written just after the verb at `verb` ("said Sheinbaum"). */
export function subjectAfter(terms: readonly Term[], verb: number, to = terms.length): NounPhrase | null {
  const phrase: Term[] = [];
  let k = verb + 1;
  for (; k < to; k++) {
    const term = terms[k]!;
    if (!isNpTerm(term)) break;
    phrase.push(term);
    if (hasPunctuation(term)) break;
  }
  if (!phrase.length) return null;
  // "said its founder, Hannah Oduya": a name set off after the description is who spoke.
  const appositive: Term[] = [];
  if (hasComma(phrase.at(-1)!) && !isCapitalised(phrase.at(-1)!.text)) {
    for (let j = k + 1; j < to && isCapitalised(terms[j]!.text) && isNpTerm(terms[j]!); j++) {
      appositive.push(terms[j]!);
      if (hasPunctuation(terms[j]!)) break;
    }
  }
  return { terms: phrase, appositive: appositive.length ? appositive : null };
}

/**
 * The subject of a sentence's main clause: skips an introductory phrase ("In a statement, …",
 * "However, …") and takes the phrase before the first verb.
 */
export function mainSubject(terms: readonly Term[], from: number, to: number): NounPhrase | null {
  let start = from;
  const first = terms[from];
  if (first && (hasAny(first, ['Preposition', 'Adverb', 'Conjunction', 'Gerund']) || first.normal.endsWith('ing'))) {
    for (let k = from; k < to; k++) {
      if (hasComma(terms[k]!)) {
        start = k + 1;
        break;
      }
    }
  }
  for (let k = start; k < to; k++) {
    // A capitalised 'verb' is part of a name (the Clean Air Alliance).
    if (terms[k]!.tags.has('Verb') && k > start && !isCapitalised(terms[k]!.text)) return subjectBefore(terms, k, start);
  }
  return null;
}
