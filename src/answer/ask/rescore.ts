import type { Token } from '../../index/analyzer.js';
import type { PassageIndex } from '../../index/passage-index.js';
import type { Passage } from '../../corpus/types.js';
import { hasAnswerPhrase } from './cues.js';
import type { AskFeatures } from './features.js';
import type { Question } from './question.js';
import { idf, type Candidate } from './retrieve.js';

// Relative weights of the evidence, on the scale of a fully covered question (1).
const SENTENCE = 1;
const PHRASE = 0.5;
const PROXIMITY = 0.3;
const CUE = 0.5;
/** Weight of an everyday noun the corpus lacks, against a rare word's. */
const EVERYDAY_UNKNOWN = 0.5;

export interface SentenceScore {
  /** Character range in the passage text. */
  start: number;
  end: number;
  score: number;
}

export interface Scored extends Candidate {
  score: number;
  /** The sentence that best answers, or null without sentence scoring. */
  best: SentenceScore | null;
  /** Share of the question's content (idf-weighted) found in the passage. */
  coverage: number;
  tokens: Token[];
}

/** Per-question weights: each term's idf times its weight; unknown words count as missing. */
export interface Weights {
  of: Map<string, { weight: number; user: string }>;
  userTotal: number;
  userTotalSquared: number;
}

export function questionWeights(question: Question, index: PassageIndex): Weights {
  const of = new Map<string, { weight: number; user: string }>();
  let userTotal = 0;
  let userTotalSquared = 0;
  // A verb the corpus lacks ("happened") counts only through its synonyms: it is the relation asked
  // about. An everyday noun it lacks ("relationship") counts half; a rare word or a name in full.
  const relations = new Set(question.unknown.filter((word) => word.verb && !word.name).map((word) => word.term));
  const everyday = new Set(question.unknown.filter((word) => word.everyday && !word.verb && !word.name).map((word) => word.term));
  const expanded = new Map<string, number>();
  for (const term of question.terms) {
    const weight = term.weight * idf(index, term.term) * (everyday.has(term.term) ? EVERYDAY_UNKNOWN : 1);
    of.set(term.term, { weight, user: term.of });
    if (!term.expansion && !relations.has(term.term)) {
      userTotal += weight;
      userTotalSquared += weight ** 2;
    }
    if (term.expansion && relations.has(term.of)) expanded.set(term.of, Math.max(expanded.get(term.of) ?? 0, weight));
  }
  for (const weight of expanded.values()) {
    userTotal += weight;
    userTotalSquared += weight ** 2;
  }
  return { of, userTotal: userTotal || 1, userTotalSquared: userTotalSquared || 1 };
}

/**
 * Credit for the terms found: each user term counts once, by itself or (less) by its best synonym.
 * `power` 2 sharpens towards rare terms: a sentence answers through the question's most specific words.
 */
function coverage(present: Iterable<string>, weights: Weights, power = 1): number {
  const credit = new Map<string, number>();
  for (const term of present) {
    const entry = weights.of.get(term);
    if (entry) credit.set(entry.user, Math.max(credit.get(entry.user) ?? 0, entry.weight ** power));
  }
  let sum = 0;
  for (const value of credit.values()) sum += value;
  return sum / (power === 1 ? weights.userTotal : weights.userTotalSquared);
}

/** Weighted share of the question's consecutive word pairs that stand as close in the text. */
function phraseShare(terms: readonly string[], question: Question, weights: Weights): number {
  let hit = 0;
  let all = 0;
  for (const { first, second, gap } of question.phrases) {
    const weight = (weights.of.get(first)?.weight ?? 0) + (weights.of.get(second)?.weight ?? 0);
    all += weight;
    for (let i = 0; i < terms.length; i++) {
      if (terms[i] === first && terms.slice(i + 1, i + 2 + gap).includes(second)) {
        hit += weight;
        break;
      }
    }
  }
  return all > 0 ? hit / all : 0;
}

/** How tightly the matched user terms cluster: distinct terms over the smallest window holding them all. */
function proximity(terms: readonly string[], users: ReadonlySet<string>): number {
  const wanted = new Set(terms.filter((term) => users.has(term)));
  if (wanted.size < 2) return 0;
  const last = new Map<string, number>();
  let best = Infinity;
  terms.forEach((term, i) => {
    if (!wanted.has(term)) return;
    last.set(term, i);
    if (last.size === wanted.size) {
      let first = i;
      for (const position of last.values()) if (position < first) first = position;
      best = Math.min(best, i - first + 1);
    }
  });
  return wanted.size / best;
}

/** Re-scores candidates on their text: best sentence, phrases, proximity and the answer-type cue. */
export function rescore(
  candidates: readonly Candidate[],
  passages: readonly Passage[],
  question: Question,
  index: PassageIndex,
  features: AskFeatures,
): Scored[] {
  const weights = questionWeights(question, index);
  const users = new Set(question.userTerms);
  const top = candidates[0]?.bm25 || 1;
  const scored = candidates.map((candidate): Scored => {
    const passage = passages[candidate.position]!;
    const tokens = tokensOf(passage, index);
    const terms = tokens.map((token) => token.term);
    let score = candidate.bm25 / top;
    let best: SentenceScore | null = null;
    if (features.sentences || question.type) {
      let at = 0;
      for (const sentence of sentencesOf(passage)) {
        while (at < tokens.length && tokens[at]!.start < sentence.start) at++;
        const inside: string[] = [];
        for (let i = at; i < tokens.length && tokens[i]!.end <= sentence.end; i++) inside.push(tokens[i]!.term);
        const covered = features.sentences ? coverage(inside, weights, 2) : 0;
        let value = covered;
        if (features.phrase) value += PHRASE * phraseShare(inside, question, weights);
        if (features.sentences) value += PROXIMITY * covered * proximity(inside, users);
        if (question.type && inside.length > 0) {
          const text = passage.text.slice(sentence.start, sentence.end);
          if (hasAnswerPhrase(text, question.type, question.words)) value += CUE;
        }
        if (!best || value > best.score) best = { ...sentence, score: value };
      }
    }
    if (best) score += SENTENCE * best.score;
    return { ...candidate, score, best, coverage: coverage(terms, weights), tokens };
  });
  return scored.sort((a, b) => b.score - a.score || a.position - b.position);
}

const TOKEN_CACHE = 5_000;
const tokenCache = new WeakMap<PassageIndex, Map<string, Token[]>>();

/** A candidate passage's tokens, cached: the same passages come back for related questions. */
function tokensOf(passage: Passage, index: PassageIndex): Token[] {
  let cache = tokenCache.get(index);
  if (!cache) tokenCache.set(index, (cache = new Map()));
  let tokens = cache.get(passage.id);
  if (!tokens) {
    tokens = index.analyzer.tokens(passage.text);
    if (cache.size >= TOKEN_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(passage.id, tokens);
  }
  return tokens;
}

/** The passage's sentences as ranges of its text (the whole passage if it has none). */
function sentencesOf(passage: Passage): Array<{ start: number; end: number }> {
  if (passage.sentences.length === 0) return [{ start: 0, end: passage.text.length }];
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
