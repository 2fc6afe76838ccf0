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
  // An everyday word the corpus lacks ("happened", "relationship") counts only through its synonyms:
  // the question's topic is carried by its other words. A rare word or a name counts in full.
  const relations = new Set(question.unknown.filter((word) => word.everyday && !word.name).map((word) => word.term));
  const expanded = new Map<string, number>();
  for (const term of question.terms) {
    const weight = term.weight * idf(index, term.term);
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
    if (last.size === wanted.size) best = Math.min(best, i - Math.min(...last.values()) + 1);
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
    const tokens = index.analyzer.tokens(passage.text);
    const terms = tokens.map((token) => token.term);
    let score = candidate.bm25 / top;
    let best: SentenceScore | null = null;
    if (features.sentences || question.type) {
      for (const sentence of sentencesOf(passage)) {
        const inside = tokens.filter((token) => token.start >= sentence.start && token.end <= sentence.end).map((token) => token.term);
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

/** The passage's sentences as ranges of its text (the whole passage if it has none). */
function sentencesOf(passage: Passage): Array<{ start: number; end: number }> {
  if (passage.sentences.length === 0) return [{ start: 0, end: passage.text.length }];
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
