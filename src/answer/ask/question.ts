import type { Token } from '../../index/analyzer.js';
import type { PassageIndex } from '../../index/passage-index.js';
import { STOP_WORDS } from '../../index/stopwords.js';
import { zipf } from '../../index/english.js';
import { questionCues, type AnswerCue } from './cues.js';
import type { AskFeatures } from './features.js';
import { WEIGHTS } from './weights.js';

export interface QueryTerm {
  term: string;
  /** 1 for the user's own words; below 1 for WordNet expansions and distant spelling corrections. */
  weight: number;
  /** The user's term this one stands for (itself unless it is an expansion). */
  of: string;
  expansion: boolean;
}

/** A word of the question that the corpus does not contain, even after spelling correction. */
export interface UnknownWord {
  word: string;
  term: string;
  /** Written with a capital inside the question: probably a name. */
  name: boolean;
  /** Everyday English rather than a name or a rare word: it weighs less in deciding whether the corpus answers. */
  everyday: boolean;
  /** An everyday verb: the relation asked about ("what happened"), not the topic. */
  verb: boolean;
  /** Written in capitals ("FTO", "N.S.C."): initials, which the corpus may spell out. */
  acronym: boolean;
}

export interface Question {
  text: string;
  /** What kind of phrase would answer it (none when the wording says nothing about that). */
  cues: AnswerCue[];
  /** The user's content terms (distinct, in question order). */
  userTerms: string[];
  /** User terms and expansions, one entry per distinct term. */
  terms: QueryTerm[];
  /** Consecutive content terms of the question, with how far apart they may stand in a passage. */
  phrases: Array<{ first: string; second: string; gap: number }>;
  unknown: UnknownWord[];
  /** "What did X say Y?": the terms of Y, what the answer sentence itself must say (X may be named before it). */
  focus: string[];
  /** Folded words of the question after spelling correction: a cue must add something beyond them. */
  words: Set<string>;
}

/** Part of the corpus seen as a corpus of its own (one story): which terms it holds, and how rare each is there. */
export interface Population {
  has(term: string): boolean;
  idf(term: string): number;
}

/** Verbs that report speech or writing: what follows them in a question is what was said. */
const REPORTING = ['say', 'tell', 'write', 'claim', 'argue', 'state', 'announce', 'describe', 'warn', 'insist', 'add', 'explain', 'urge', 'declare', 'note'];

/** Common everyday English (Zipf 4 or more: "aboard", "troops"), not a function word. */
const isCommonWord = (word: string): boolean => !STOP_WORDS.has(word) && zipf(word) >= COMMON_ZIPF;
const COMMON_ZIPF = 4;

/** Reads a question: corrects misspellings, drops function words (never all), finds phrases, type and expansions. */
export function analyzeQuestion(text: string, index: PassageIndex, features: AskFeatures, population?: Population): Question {
  const raw = index.analyzer.tokens(text);
  // An acronym in capitals ("US", "U.S.") is a name, even when its letters spell a function word.
  const shouted = !/\p{Ll}/u.test(text);
  const isAcronym = (token: Token): boolean => !shouted && /^(?:\p{Lu}\.?){2,}$/u.test(text.slice(token.start, token.end));
  const unknown: UnknownWord[] = [];
  const tokens: Array<Token & { weight: number }> = [];
  const markUnknown = (token: Token, i: number): void => {
    unknown.push({
      word: token.word,
      term: token.term,
      name: (token.capitalized && i > 0) || index.lexicon.isName(token.word),
      everyday: index.lexicon.has(token.word),
      verb: index.lexicon.isVerb(token.word),
      acronym: isAcronym(token),
    });
    tokens.push({ ...token, weight: 1 });
  };
  raw.forEach((token, i) => {
    const inCorpus = index.vocabulary.has(token.word) || index.orama.documentFrequency(token.term) > 0;
    const known = STOP_WORDS.has(token.word) || /^\p{N}/u.test(token.word) || (inCorpus && (!population || population.has(token.term)));
    if (known) {
      tokens.push({ ...token, weight: 1 });
      return;
    }
    // Held by the corpus but not by the story: unknown there, and no misspelling.
    if (inCorpus) {
      markUnknown(token, i);
      return;
    }
    // Everyday English is not a typo ("hold" is not "told"), and is kept as it is.
    const correction = features.typos && !index.lexicon.has(token.word) ? index.vocabulary.correct(token.word, i === 0) : null;
    // A capitalised word, or one WordNet knows only as a name, is probably a name: only a one-letter slip
    // is corrected. Nor is a word two edits from a common English word taken for it: an unknown surname
    // is not "aboard" (a common word is misspelt by one slip far more often than by two).
    if (!correction || (correction.distance > 1 && (token.capitalized || index.lexicon.isName(token.word) || (!correction.clipped && correction.words.some(isCommonWord))))) {
      markUnknown(token, i);
      return;
    }
    const weight = correction.distance > 1 ? 0.7 : 1;
    for (const word of correction.words) tokens.push({ ...token, word, term: index.analyzer.termOf(word), weight });
  });

  const asked = questionCues(
    tokens.map((token) => token.word),
    (word) => index.analyzer.termOf(word),
    (word) => !index.lexicon.isVerb(word),
  );
  const isContent = (token: Token): boolean => !features.stopWords || !STOP_WORDS.has(token.word) || isAcronym(token);
  // "What was the date of the call?": "date" names what is asked for, not what it is about.
  let content = tokens.filter((token) => isContent(token) && !(features.cues && token.word === asked.dateNoun));
  // Stop words never empty a question: "Who is she?" still searches.
  if (content.length === 0) content = tokens;

  const terms = new Map<string, QueryTerm>();
  for (const token of content) {
    const existing = terms.get(token.term);
    if (!existing || existing.weight < token.weight) terms.set(token.term, { term: token.term, weight: token.weight, of: token.term, expansion: false });
  }
  const userTerms = [...terms.keys()];
  if (features.expansion) {
    const expand = (key: string, of: string): void => {
      for (const [term, rank] of index.expansions.lookup(key)) {
        if (population && !population.has(term)) continue;
        const weight = WEIGHTS.expansion * rank;
        const existing = terms.get(term);
        if (!existing || (existing.expansion && existing.weight < weight)) terms.set(term, { term, weight, of, expansion: true });
      }
    };
    // WordNet knows an acronym only as the word its letters spell ("US" → "use", "employ").
    for (const token of content) if (!isAcronym(token)) expand(token.term, token.term);
    for (let i = 0; i + 1 < tokens.length; i++) expand(`${tokens[i]!.term} ${tokens[i + 1]!.term}`, tokens[i]!.term);
  }

  const phrases: Question['phrases'] = [];
  const positions = content.map((token) => tokens.indexOf(token));
  for (let i = 0; i + 1 < content.length; i++) {
    if (content[i]!.term === content[i + 1]!.term) continue;
    phrases.push({ first: content[i]!.term, second: content[i + 1]!.term, gap: positions[i + 1]! - positions[i]! });
  }

  const reporting = new Set(REPORTING.map((word) => index.analyzer.termOf(word)));
  const verbAt = content.findIndex((token) => reporting.has(token.term));
  const focus = verbAt >= 0 ? [...new Set(content.slice(verbAt + 1).map((token) => token.term))] : [];

  return {
    text,
    focus,
    cues: features.cues ? asked.cues : [],
    userTerms,
    terms: [...terms.values()],
    phrases,
    unknown,
    words: new Set(tokens.map((token) => token.word)),
  };
}
