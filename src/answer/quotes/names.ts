import { isCapitalised, isDictionaryWord, type Term } from './nlp.js';
import { normalize } from './text.js';
import { isBareHonorific, OPENING_CONJUNCTIONS } from './tidy.js';
import { reportingLemma } from './verbs.js';

export type Gender = 'male' | 'female' | null;

/** A person named in a passage, resolved to their canonical name. */
export interface PersonMention {
  canonical: string;
  start: number;
  end: number;
  /** The title or job before the name ("White House deputy press secretary"), if any. */
  role: string | null;
}

const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
// Conjunction: a sentence's opening "But" or "And" is capitalised, never part of the name after it.
const NOT_NAME_TAGS = ['Honorific', 'Demonym', 'Organization', 'Place', 'Date', 'Value', 'Pronoun', 'Determiner', 'Conjunction'];
const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', madam: 'female', lady: 'female', dame: 'female' };

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'dos', 'das']);
const hasAny = (term: Term, tags: string[]) => tags.some((t) => term.tags.has(t));
const stripPossessive = (word: string) => word.replace(/['’‘]s?$/u, '');
/** All-caps words (headlines, acronyms) are not names. */
const isNameWord = (term: Term) => isCapitalised(term.text) && /\p{Ll}/u.test(term.text);

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}'’‘.-]*/gu;
const piecesOf = (word: string) => normalize(word).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Normalised letter runs of the words starting with a capital: every word a name can be looked up by (pieces of hyphenated words too). */
function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.matchAll(CAPITALISED_WORD)) out.push(...piecesOf(word));
  return out;
}

/** Runs of capitalised words with nothing between them: the places a name can stand. */
export function capitalisedRuns(terms: readonly Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  for (const [i, term] of terms.entries()) {
    const next = terms[i + 1];
    // Lowercase particles inside a name: Pieter de Jong, Ludwig van Beethoven.
    const particle = run.length > 0 && NAME_PARTICLES.has(term.text) && next !== undefined && isCapitalised(next.text) && !/\S/.test(run.at(-1)!.post);
    if (particle || (isCapitalised(term.text) && !term.tags.has('Pronoun') && !term.tags.has('Determiner'))) run.push(term);
    else if (run.length) (runs.push(run), (run = []));
    // Punctuation or a possessive closes the run: "Fox News Digital’s Adam Shaw" is two runs.
    if (run.length && (/[^\s]/.test(term.post.replace(/[-]/g, '')) || /['’‘]s?$/u.test(term.text))) (runs.push(run), (run = []));
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The words of a run that can be a name: from its first given name if the tagger knows one, else
 * after its last title ("Finance Minister", "Mayor"); leading nationalities and organisations dropped.
 */
function nameWords(run: readonly Term[]): Term[] {
  const given = run.findIndex((t) => t.tags.has('FirstName'));
  let i = given >= 0 ? given : run.findLastIndex((t) => t.tags.has('Honorific')) + 1;
  while (i < run.length && (hasAny(run[i]!, NOT_NAME_TAGS) || !isNameWord(run[i]!)) && !hasAny(run[i]!, ['FirstName', 'LastName'])) i++;
  while (i < run.length - 1 && OPENING_CONJUNCTIONS.has(run[i]!.normal)) i++;
  return run.slice(i).filter((t, k, rest) => isNameWord(t) || (k > 0 && NAME_PARTICLES.has(t.text) && k < rest.length - 1));
}

/** Everyone named in an article, with one canonical (fullest) name per person and a gender when known. */
export class PersonLexicon {
  private readonly full = new Map<string, string>();
  private readonly single = new Map<string, string>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly votes = new Map<string, { male: number; female: number }>();
  /** Sentences still to learn, by each capitalised word of their text: tagged only when a lookup needs that word. */
  private readonly pending = new Map<string, Array<() => void>>();

  /**
   * Queues a sentence to learn from when a name it may hold is first looked up. Every entry `learn`
   * makes is keyed on its last word, which stands capitalised in the sentence's text, so learning all
   * sentences holding a word before answering for it gives the same answers as learning them all first.
   */
  defer(text: string, terms: () => readonly Term[]): void {
    let learned = false;
    const once = () => {
      if (learned) return;
      learned = true;
      this.learn(terms());
    };
    for (const word of new Set(capitalisedWords(text))) {
      const list = this.pending.get(word);
      if (list) list.push(once);
      else this.pending.set(word, [once]);
    }
  }

  /** Learns the queued sentences that hold the last word of `words`. */
  private ensure(words: readonly string[]): void {
    for (const word of capitalisedWords(words.at(-1) ?? '')) {
      const queued = this.pending.get(word);
      if (!queued) continue;
      this.pending.delete(word);
      for (const learn of queued) learn();
    }
  }

  /** Learns names from one tagged sentence. */
  learn(terms: readonly Term[]): void {
    for (const run of capitalisedRuns(terms)) {
      const words = nameWords(run);
      const tagged = words.some((t) => hasAny(t, NAME_TAGS));
      const next = terms[terms.indexOf(run.at(-1)!) + 1];
      // A capitalised subject of a reporting verb is a person even when the tagger does not know the name.
      // …but not a title or a common noun written capitalised ("State said", "Vice President said").
      const speaks = next !== undefined && reportingLemma(next.normal) !== null && !hasAny(run.at(-1)!, ['Organization', 'Place']) && !words.every((t) => t.tags.has('Actor') || isDictionaryWord(t.normal));
      if (!words.length || (!tagged && !speaks)) continue;
      const names = words.map((t) => stripPossessive(t.text));
      this.register(names);
      const honorific = run.find((t) => t.tags.has('Honorific'))?.normal.replace(/\.$/, '');
      const gender = words[0]!.gender ?? (honorific ? (HONORIFIC_GENDER[honorific] ?? null) : null);
      if (gender) this.vote(names.join(' '), gender);
    }
  }

  /** Records a person's name as written (its words): the fullest form becomes canonical. */
  register(names: readonly string[]): void {
    const key = normalize(names.join(' '));
    if (names.length >= 2) {
      if (!this.full.has(key)) this.full.set(key, names.join(' '));
      const surname = normalize(names.at(-1)!);
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, new Set());
      this.bySurname.get(surname)!.add(key);
    } else if (!this.single.has(key)) {
      this.single.set(key, names[0]!);
    }
  }

  /** Adds one piece of evidence for a name's gender (from a first name, a title, or a pronoun that follows). */
  vote(name: string, gender: 'male' | 'female'): void {
    const canonical = this.canonical(name.split(/\s+/)) ?? name;
    const v = this.votes.get(canonical) ?? { male: 0, female: 0 };
    v[gender]++;
    this.votes.set(canonical, v);
  }

  /**
   * Can a known name end at one of the capitalised words of `text`? Every name is keyed on its last
   * word, so this is decided by looking the words up, without tagging `text`.
   */
  mayMention(text: string): boolean {
    for (const [word] of text.matchAll(CAPITALISED_WORD)) {
      this.ensure([word]);
      const whole = normalize(stripPossessive(word.replace(/[.-]+$/, '')));
      if ([whole, ...piecesOf(word)].some((w) => this.bySurname.has(w) || this.single.has(w))) return true;
    }
    return false;
  }

  /** The canonical name for these name words, or null when they name nobody known. */
  canonical(words: readonly string[]): string | null {
    if (!words.length) return null;
    this.ensure(words);
    const key = normalize(words.join(' '));
    const holders = this.bySurname.get(normalize(words.at(-1)!));
    if (words.length === 1) {
      if (this.full.has(key)) return this.full.get(key)!;
      if (holders?.size === 1) return this.full.get([...holders][0]!)!;
      return this.single.get(key) ?? null;
    }
    // "De Jong" for "Pieter de Jong": the end of one longer known name.
    const longer = [...(holders ?? [])].filter((full) => full.endsWith(` ${key}`));
    return longer.length === 1 ? this.full.get(longer[0]!)! : (this.full.get(key) ?? null);
  }

  /** The canonical name for a capitalised word sequence even if unknown (title words dropped). */
  canonicalOrSelf(run: readonly Term[]): string | null {
    const words = nameWords(run).map((t) => stripPossessive(t.text));
    if (!words.length) return null;
    return this.canonical(words) ?? this.canonical(words.slice(-1)) ?? words.join(' ');
  }

  gender(canonical: string): Gender {
    this.ensure(canonical.split(/\s+/));
    const v = this.votes.get(canonical);
    if (!v || v.male === v.female) return null;
    return v.male > v.female ? 'male' : 'female';
  }

  /** Every person named in a passage, longest name first, each with the role written before it. */
  mentions(terms: readonly Term[], text: string): PersonMention[] {
    const found: PersonMention[] = [];
    for (const run of capitalisedRuns(terms)) {
      const words = run.map((t) => stripPossessive(t.text));
      for (let i = 0; i < run.length; i++) {
        for (let j = run.length; j > i; j--) {
          const canonical = isNameWord(run[i]!) ? this.canonical(words.slice(i, j)) : null;
          if (!canonical) continue;
          const first = run[i]!;
          const lastIndex = terms.indexOf(run[j - 1]!);
          found.push({ canonical, start: first.start, end: run[j - 1]!.end, role: roleBefore(terms, terms.indexOf(first), text) ?? roleAfter(terms, lastIndex, text) });
          i = j - 1;
          break;
        }
      }
    }
    return found;
  }
}

const ROLE_TAGS = ['Noun', 'ProperNoun', 'Adjective', 'Honorific', 'Demonym', 'Acronym', 'Organization', 'Actor'];
const ROLE_STOP_TAGS = ['Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Verb', 'Conjunction', 'Possessive', 'Person', 'FirstName'];

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** A job set off by commas after a name ("Amara Lindqvist, the agency's chief medical officer,"), without its article. */
export function roleAfter(terms: readonly Term[], index: number, text: string): string | null {
  if (!/,/.test(terms[index]!.post)) return null;
  const first = terms[index + 1];
  if (!first || !APPOSITIVE_OPENERS.has(first.normal)) return null;
  for (let k = index + 2; k < Math.min(terms.length, index + 10); k++) {
    const term = terms[k]!;
    if (hasAny(term, ['Verb', 'Pronoun', 'Conjunction']) && !term.tags.has('Possessive')) return null;
    if (/[,;.]/.test(term.post)) return term.tags.has('Actor') ? text.slice(terms[index + 2]!.start, term.end) : null;
  }
  return null;
}

/** The title or job written just before a name, inside the same noun phrase. */
export function roleBefore(terms: readonly Term[], index: number, text: string): string | null {
  let k = index - 1;
  while (k >= 0) {
    const term = terms[k]!;
    // Punctuation ends the phrase; so does a dash set off by spaces ("Northport - Mayor …": a dateline).
    if (/[^\s-]/.test(term.post) || /\s-|-\s/.test(term.post)) break;
    // The tagger reads a capitalised title word opening a sentence as a verb ("Finance Minister …").
    const titleWord = isCapitalised(term.text) && !hasAny(term, ['Pronoun', 'Determiner', 'Date', 'Value', 'Possessive', 'FirstName', 'LastName']);
    if (!titleWord && (!hasAny(term, ROLE_TAGS) || (hasAny(term, ROLE_STOP_TAGS) && !term.tags.has('Honorific')))) break;
    if (/\d/.test(term.text)) break;
    k--;
  }
  if (k === index - 1) return null;
  const role = text.slice(terms[k + 1]!.start, terms[index - 1]!.end).trim();
  // A courtesy title alone ("Mr", "Ms") says nothing of the person's job: a later mention may.
  return role.split(/\s+/).length <= 8 && !isBareHonorific(role) ? role : null;
}
