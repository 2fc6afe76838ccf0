import type { PersonLexicon } from './names.js';
import type { Attribution, PassageDoc } from './model.js';
import { termsIn } from './model.js';
import type { Term } from './nlp.js';
import { isCapitalised } from './nlp.js';
import { mainSubject, type NounPhrase } from './phrases.js';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Demonym'];
const NOT_A_NAME = ['Adverb', 'Verb', 'Modal', 'Conjunction', 'Preposition', 'QuestionWord', 'Pronoun'];
const hasAny = (term: Term, tags: string[]) => tags.some((t) => term.tags.has(t));
const BACK_SENTENCES = 12;
/** How many paragraphs back a pronoun may find its person. */
const PRONOUN_REACH = 6;

/** What a resolver needs to look back through one article. */
export interface SourceContext {
  docs: PassageDoc[];
  lexicon: PersonLexicon;
}

/** Where a reference stands: the passage (by its order in the article) and the offset in its text. */
export interface Position {
  doc: number;
  offset: number;
  /** The outer speaker when the reference is inside someone's quote ("I told him"). */
  outer: Attribution | null;
}

const slice = (doc: PassageDoc, terms: readonly Term[]) => doc.passage.text.slice(terms[0]!.start, terms.at(-1)!.end);
const withoutDeterminer = (terms: readonly Term[]) => (terms[0] && DEFINITE.has(terms[0].normal) || terms[0]?.normal === 'a' || terms[0]?.normal === 'an' ? terms.slice(1) : terms);
const insideQuote = (doc: PassageDoc, offset: number) => doc.spans.some((s) => offset > s.open && offset < s.end);

/**
 * The last person named before `at` whose gender fits the pronoun (one of unknown gender only if none
 * fits); names inside quotes are not antecedents.
 */
export function resolvePronoun(ctx: SourceContext, at: Position, gender: 'male' | 'female'): string | null {
  let fallback: string | null = null;
  for (let d = at.doc; d >= Math.max(0, at.doc - PRONOUN_REACH); d--) {
    const doc = ctx.docs[d]!;
    for (let m = doc.people.length - 1; m >= 0; m--) {
      const mention = doc.people[m]!;
      if (d === at.doc && mention.start >= at.offset) continue;
      if (insideQuote(doc, mention.start)) continue;
      const g = ctx.lexicon.gender(mention.canonical);
      if (g === gender) return mention.canonical;
      if (g === null && fallback === null) fallback = mention.canonical;
    }
  }
  return fallback;
}

/** The role a person was introduced with in this article ("Mexican President"), if any. */
export function roleInSource(ctx: SourceContext, canonical: string): string | null {
  for (const doc of ctx.docs) for (const m of doc.people) if (m.canonical === canonical && m.role && !insideQuote(doc, m.start)) return m.role;
  return null;
}

/**
 * "The statement said", "the group wrote": the nearest earlier sentence using the same noun
 * ("said in a statement", "a conservative group") tells whose statement or which group.
 */
function resolveByNoun(ctx: SourceContext, at: Position, head: string): Attribution | null {
  const word = new RegExp(`\\b${head.replace(/[^\p{L}\p{N}]/gu, '')}s?\\b`, 'iu');
  let seen = 0;
  for (let d = at.doc; d >= 0 && seen < BACK_SENTENCES; d--) {
    const doc = ctx.docs[d]!;
    const text = doc.passage.text;
    const starts = doc.starts;
    for (let s = starts.length - 1; s >= 0 && seen < BACK_SENTENCES; s--) {
      const from = starts[s]!;
      const to = starts[s + 1] ?? text.length;
      if (d === at.doc && to > at.offset) continue;
      seen++;
      if (!word.test(text.slice(from, to))) continue;
      const terms = termsIn(doc.terms, from, to);
      const subject = mainSubject(terms, 0, terms.length);
      const found = subject && resolvePhrase(ctx, { doc: d, offset: subject.terms[0]!.start, outer: null }, subject, doc, false);
      if (found?.speaker) return found;
    }
  }
  return null;
}

/** Turns the subject phrase of a reporting verb into a speaker. */
export function resolvePhrase(ctx: SourceContext, at: Position, phrase: NounPhrase, doc: PassageDoc, followNouns = true): Attribution | null {
  // A pronoun is a whole subject on its own: "Shall we say", "at the time I said".
  const pronoun = phrase.terms.findLast((t) => t.tags.has('Pronoun') && !t.tags.has('Possessive'));
  const terms = pronoun ? [pronoun] : phrase.terms;
  const first = terms[0]!;
  const last = terms.at(-1)!;
  const person = doc.people.find((m) => m.start >= first.start && m.end <= last.end);
  if (person) {
    const before = withoutDeterminer(terms.filter((t) => t.end <= person.start));
    const appositive = phrase.appositive ? withoutDeterminer(phrase.appositive) : [];
    const role = before.length ? slice(doc, before) : appositive.length ? slice(doc, appositive).replace(/[,;]$/, '') : person.role;
    return { speaker: person.canonical, role: role ?? roleInSource(ctx, person.canonical), viaPronoun: false };
  }
  if (terms.length === 1 && first.tags.has('Pronoun')) {
    const pronoun = first.normal;
    if (FIRST_PERSON.has(pronoun)) return at.outer ? { ...at.outer, viaPronoun: false } : null;
    const gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const speaker = gender ? resolvePronoun(ctx, at, gender) : null;
    return speaker ? { speaker, role: roleInSource(ctx, speaker), viaPronoun: true } : null;
  }
  const organisation = terms.filter((t) => t.tags.has('Organization'));
  if (organisation.length) return { speaker: slice(doc, organisation).replace(/['’]s$/, ''), role: null, viaPronoun: false };
  const capitalised = terms.filter((t) => isCapitalised(t.text));
  // An unknown name: a proper noun, or several capitalised words; never a place or a sentence's first word alone.
  const named = capitalised.length > 1 || capitalised.some((t) => t.tags.has('ProperNoun') && !hasAny(t, NOT_A_NAME));
  if (isCapitalised(last.text) && named && !terms.some((t) => hasAny(t, PLACE_TAGS))) {
    const speaker = ctx.lexicon.canonicalOrSelf(capitalised);
    if (speaker) return { speaker, role: roleInSource(ctx, speaker), viaPronoun: false };
  }
  const definite = DEFINITE.has(first.normal) || first.tags.has('Possessive');
  if (definite && followNouns) {
    const found = resolveByNoun(ctx, at, last.normal);
    if (found) return found;
  }
  const nominal = withoutDeterminer(terms);
  return nominal.length && !definite ? { speaker: slice(doc, nominal), role: null, viaPronoun: false } : null;
}
