import type { PersonLexicon, PersonMention } from './names.js';
import { isDictionaryWord } from './nlp.js';
import type { Attribution, PassageDoc } from './model.js';
import type { Term } from './nlp.js';
import { isCapitalised } from './nlp.js';
import { mainSubject, type NounPhrase } from './phrases.js';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Demonym'];
const NOT_A_NAME = ['Adverb', 'Verb', 'Modal', 'Conjunction', 'Preposition', 'QuestionWord', 'Pronoun'];
const hasAny = (term: Term, tags: string[]) => tags.some((t) => term.tags.has(t));
const BACK_SENTENCES = 12;
const ORGANISATION_REACH = 2;
const QUOTED = /[“"‘][^”"’]*[”"’]/gu;
const NAME_JOINER = /^(?:of|for|and|&)$/;
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

/** The words of text[from, to) with the quotes blanked out: what the writer says in their own voice. */
function outsideQuotes(doc: PassageDoc, from: number, to: number): string {
  let text = doc.passage.text.slice(from, to);
  for (const s of doc.spans) if (s.end > from && s.open < to) text = text.slice(0, Math.max(0, s.open - from)) + ' '.repeat(Math.min(to, s.end) - Math.max(from, s.open)) + text.slice(Math.min(to, s.end) - from);
  return text;
}

/**
 * The last person named before `at` whose gender fits the pronoun (one of unknown gender only if none
 * fits); names inside quotes are not antecedents. Sentences are read back one at a time, and only those
 * where a known name can stand are tagged.
 */
export function resolvePronoun(ctx: SourceContext, at: Position, gender: 'male' | 'female'): string | null {
  let fallback: string | null = null;
  for (let d = at.doc; d >= Math.max(0, at.doc - PRONOUN_REACH); d--) {
    const doc = ctx.docs[d]!;
    for (let s = doc.starts.length - 1; s >= 0; s--) {
      const from = doc.starts[s]!;
      const to = doc.starts[s + 1] ?? doc.passage.text.length;
      if (d === at.doc && from >= at.offset) continue;
      if (!ctx.lexicon.mayMention(outsideQuotes(doc, from, to))) continue;
      const people = doc.peopleOutsideQuotes(from, to);
      for (let m = people.length - 1; m >= 0; m--) {
        const mention = people[m]!;
        if (d === at.doc && mention.start >= at.offset) continue;
        const g = ctx.lexicon.gender(mention.canonical);
        if (g === gender) return mention.canonical;
        if (g === null && fallback === null) fallback = mention.canonical;
      }
    }
  }
  return fallback;
}

/** The role a person was introduced with in this article ("Mexican President"), if any. */
export function roleInSource(ctx: SourceContext, canonical: string): string | null {
  const surname = canonical.split(/\s+/).at(-1)!;
  // Only the sentences that hold the name are tagged: a long article is not read whole for one role.
  for (const doc of ctx.docs) {
    const text = doc.passage.text;
    if (!text.includes(surname)) continue;
    for (const [i, from] of doc.starts.entries()) {
      const to = doc.starts[i + 1] ?? text.length;
      if (!text.slice(from, to).includes(surname)) continue;
      for (const m of doc.peopleOutsideQuotes(from, to)) if (m.canonical === canonical && m.role) return m.role;
    }
  }
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
      if (!word.test(text.slice(from, to).replace(QUOTED, ''))) continue;
      // "the governor said" after "Governor Patricia Engstrom": the person the title was written before.
      const titled = doc.peopleBetween(from, to).findLast((m) => m.role !== null && word.test(m.role));
      if (titled) return { speaker: titled.canonical, role: titled.role, viaPronoun: false };
      const terms = doc.termsBetween(from, to);
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
  const inPhrase = (m: PersonMention) => m.start >= first.start && m.end <= last.end;
  const appositive = phrase.appositive ?? [];
  const inAppositive = (m: PersonMention) => appositive.length > 0 && m.start >= appositive[0]!.start && m.end <= appositive.at(-1)!.end;
  const person = doc.peopleBetween(first.start, last.end).find(inPhrase) ?? (appositive.length ? doc.peopleBetween(appositive[0]!.start, appositive.at(-1)!.end).find(inAppositive) : undefined);
  if (person) {
    const described = inPhrase(person) ? withoutDeterminer(terms.filter((t) => t.end <= person.start)) : withoutDeterminer(terms);
    const aside = inPhrase(person) ? withoutDeterminer(appositive) : [];
    let role = described.length ? slice(doc, described).replace(/[,;]$/, '') : aside.length ? slice(doc, aside).replace(/[,;]$/, '') : null;
    // The phrase may hold only the end of a title the tagger split ("Budget chief"): keep the whole one.
    if (person.role && (!role || (inPhrase(person) && person.role.endsWith(role)))) role = person.role;
    return { speaker: person.canonical, role: role ?? roleInSource(ctx, person.canonical), viaPronoun: false };
  }
  if (terms.length === 1 && first.tags.has('Pronoun')) {
    const pronoun = first.normal;
    if (FIRST_PERSON.has(pronoun)) return at.outer ? { ...at.outer, viaPronoun: false } : null;
    if (pronoun === 'it' || pronoun === 'they') {
      const organisation = resolveOrganisation(ctx, at);
      return organisation ? { speaker: organisation, role: null, viaPronoun: false } : null;
    }
    const gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const speaker = gender ? resolvePronoun(ctx, at, gender) : null;
    return speaker ? { speaker, role: roleInSource(ctx, speaker), viaPronoun: true } : null;
  }
  const organisation = organisationIn(doc, terms);
  if (organisation) return { speaker: organisation, role: null, viaPronoun: false };
  const capitalised = terms.filter((t) => isCapitalised(t.text));
  // An unknown name: a proper noun, or several capitalised words; never a place, a title or a common noun written capitalised.
  const named = capitalised.length > 1 || capitalised.some((t) => (t.tags.has('ProperNoun') && !hasAny(t, NOT_A_NAME)) || /\p{Ll}\p{Lu}/u.test(t.text));
  if (isCapitalised(last.text) && named && !terms.some((t) => hasAny(t, PLACE_TAGS)) && !capitalised.every((t) => isCommonWord(ctx, t))) {
    const joined = terms.some((t, i) => i > 0 && NAME_JOINER.test(t.text) && isCapitalised(terms[i - 1]!.text) && isCapitalised(terms[i + 1]?.text ?? ''));
    const speaker = joined ? slice(doc, withoutDeterminer(terms.slice(terms.indexOf(capitalised[0]!)))).replace(/['’]s$/, '') : ctx.lexicon.canonicalOrSelf(capitalised);
    if (speaker) return { speaker, role: roleInSource(ctx, speaker), viaPronoun: false };
  }
  const definite = DEFINITE.has(first.normal) || first.tags.has('Possessive');
  if (definite && followNouns) {
    const found = resolveByNoun(ctx, at, headOf(terms).normal);
    if (found) return found;
  }
  return followNouns ? unnamedSource(doc, terms) : null;
}

/** The head noun of a description: the word before its first preposition ("spokesperson" for the agency). */
function headOf(terms: readonly Term[]): Term {
  const preposition = terms.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
  return terms[(preposition > 0 ? preposition : terms.length) - 1]!;
}

/**
 * A speaker the text describes but does not name ("a spokesperson for the mayor's office", "the sponsor"):
 * no speaker, the description as role. Only a description of a person (a job, a role) qualifies.
 */
function unnamedSource(doc: PassageDoc, terms: readonly Term[]): Attribution | null {
  const nominal = withoutDeterminer(terms);
  if (!nominal.length) return null;
  const head = headOf(nominal);
  if (!head.tags.has('Actor') || isCapitalised(head.text)) return null;
  return { speaker: null, role: slice(doc, nominal).replace(/[,;]$/, ''), viaPronoun: false, unnamed: true };
}

/** A title or common noun written capitalised ("Vice President", "State", "Government"): the dictionary knows it, or the article writes it in lowercase too. */
function isCommonWord(ctx: SourceContext, term: Term): boolean {
  if (hasAny(term, ['Person', 'FirstName', 'LastName', 'Organization'])) return false;
  if (term.tags.has('Actor') || isDictionaryWord(term.normal)) return true;
  const word = term.text.replace(/['’]s?$/u, '').toLowerCase();
  if (!/^\p{L}+$/u.test(word)) return false;
  const lowercase = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u');
  return ctx.docs.some((d) => lowercase.test(d.passage.text));
}

/** An organisation's name in the phrase: capitalised words the tagger marks as an organisation (not "the Dutch club"), with the "of …" that completes it. */
function organisationIn(doc: PassageDoc, terms: readonly Term[]): string | null {
  const words = terms.filter((t) => t.tags.has('Organization'));
  if (!words.length || !isCapitalised(words.at(-1)!.text)) return null;
  const first = terms.indexOf(words[0]!);
  let last = terms.indexOf(words.at(-1)!);
  while (last + 2 < terms.length && NAME_JOINER.test(terms[last + 1]!.text) && isCapitalised(terms[last + 2]!.text)) last += 2;
  return slice(doc, terms.slice(first, last + 1)).replace(/['’]s$/, '');
}

/** Closed-class words that open sentences capitalised ("The", "It", "But"): never an organisation's name. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'then', 'in', 'on', 'at', 'for', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'however', 'also', 'of', 'to', 'by', 'from']);

/** Can a sentence name an organisation? Only with a capitalised word other than "I" or a capitalised opening word like "The": decided before tagging. */
function mayNameOrganisation(text: string): boolean {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘.-]*/gu)].map((m) => m[0]);
  return words.some((w, i) => isCapitalised(w) && !/^I(?:['’‘]\p{L}+)?$/u.test(w) && !(i === 0 && SENTENCE_OPENERS.has(w.toLowerCase())));
}

/** "It said", "they added": the organisation last named as the subject of a sentence before. */
export function resolveOrganisation(ctx: SourceContext, at: Position): string | null {
  for (let d = at.doc; d >= Math.max(0, at.doc - ORGANISATION_REACH); d--) {
    const doc = ctx.docs[d]!;
    const starts = doc.starts;
    for (let s = starts.length - 1; s >= 0; s--) {
      const from = starts[s]!;
      if (d === at.doc && from >= at.offset) continue;
      if (insideQuote(doc, from) || !mayNameOrganisation(outsideQuotes(doc, from, starts[s + 1] ?? doc.passage.text.length))) continue;
      const terms = doc.termsBetween(from, starts[s + 1] ?? doc.passage.text.length);
      const subject = mainSubject(terms, 0, terms.length);
      if (!subject) continue;
      const named = organisationIn(doc, subject.terms) ?? capitalisedName(ctx, subject.terms);
      if (named && !doc.peopleBetween(from, starts[s + 1] ?? doc.passage.text.length).some((m) => m.canonical === named)) return named;
    }
  }
  return null;
}

/** Several capitalised words, none a place or a person's name: an organisation the tagger does not know ("Harwood United Supporters Club"). */
function capitalisedName(ctx: SourceContext, terms: readonly Term[]): string | null {
  const words = withoutDeterminer(terms);
  if (words.length < 2 || !words.every((t) => isCapitalised(t.text) || NAME_JOINER.test(t.text))) return null;
  if (words.some((t) => hasAny(t, [...PLACE_TAGS, 'Person']))) return null;
  return ctx.lexicon.canonical(words.map((t) => t.text)) ? null : words.map((t) => t.text).join(' ');
}
