import type { PassageIndex } from '../../index/passage-index.js';
import { zipf } from '../../index/english.js';
import type { Question, UnknownWord } from './question.js';
import type { Scored } from './rescore.js';
import { idf } from './retrieve.js';
import { WEIGHTS } from './weights.js';
import model from './refusal-model.json' with { type: 'json' };

/** How many of the best-ranked passages may show that the corpus covers the question. */
const LOOK_AT = 5;
/** How many of the question's rarest held words the best passages are checked for. */
const RAREST = 3;
/** A word at least this common in spoken English (Zipf) is everyday English. */
const EVERYDAY_ZIPF = 3;

/** The signals the refusal decision weighs, in the order of the model's weights. */
export const SIGNALS = [
  'coverage',
  'leadCoverage',
  'sentence',
  'reach',
  'margin',
  'known',
  'unknownName',
  'unknownAcronym',
  'unknownEveryday',
  'unknownRare',
  'unlisted',
  'rarestUnknown',
  'rareCovered',
  'terms',
  'anyName',
  'anyRare',
  'coveredKnown',
  'coverageSquared',
] as const;

export type Signals = Record<(typeof SIGNALS)[number], number>;

export interface RefusalModel {
  weights: Record<string, number>;
  bias: number;
  threshold: number;
}

/** 1 for a word as rare as Zipf 3 or rarer, falling to 0.1 for the commonest words. */
function rarity(frequency: number): number {
  return Math.min(1, Math.max(0.1, (6 - frequency) / 3));
}

/** What kind of word the corpus lacks: judged by its form and a general English frequency list, never by the corpus. */
export function unknownKind(word: UnknownWord): 'name' | 'acronym' | 'everyday' | 'rare' | 'unlisted' {
  if (word.acronym) return 'acronym';
  if (word.name) return 'name';
  const frequency = zipf(word.word);
  if (frequency >= EVERYDAY_ZIPF) return 'everyday';
  return frequency > 0 ? 'rare' : 'unlisted';
}

/**
 * The evidence that the corpus answers the question: how much of the question's weight the best
 * passages cover (soft matches included), how close the best passage comes to what the question
 * could score, its margin over the next ones, and what kinds of words the corpus lacks, as shares of
 * the question's idf weight.
 */
export function refusalSignals(question: Question, ranked: readonly Scored[], index: PassageIndex): Signals {
  const user = question.terms.filter((term) => !term.expansion);
  const unknown = new Map(question.unknown.map((word) => [word.term, word]));
  let total = 0;
  let possible = 0;
  let rarestUnknown = 0;
  const lacking = { name: 0, acronym: 0, everyday: 0, rare: 0, unlisted: 0 };
  const held: Array<{ term: string; weight: number }> = [];
  for (const term of user) {
    const word = unknown.get(term.term);
    const kind = word ? unknownKind(word) : null;
    // A word the corpus lacks weighs as rare as it is in English: "think" or "thing" ask little.
    const weight = term.weight * idf(index, term.term) * (word && (kind === 'everyday' || kind === 'rare') ? rarity(zipf(word.word)) : 1);
    total += weight;
    if (kind) {
      lacking[kind] += weight;
      rarestUnknown = Math.max(rarestUnknown, weight);
    } else {
      possible += weight * (WEIGHTS.k1 + 1);
      held.push({ term: term.term, weight });
    }
  }
  const lead = ranked[0];
  // The question's most specific words the corpus holds: does one of the best passages hold them together?
  const rarest = held.sort((a, b) => b.weight - a.weight).slice(0, RAREST);
  const rareWeight = rarest.reduce((sum, { weight }) => sum + weight, 0);
  let rareCovered = 0;
  for (const item of rareWeight > 0 ? ranked.slice(0, LOOK_AT) : []) {
    let found = 0;
    for (const { term, weight } of rarest) if (item.tokens.some((token) => token.term === term)) found += weight;
    rareCovered = Math.max(rareCovered, found / rareWeight);
  }
  const next = ranked[1];
  const share = (value: number): number => (total > 0 ? value / total : 0);
  const coverage = Math.max(0, ...ranked.slice(0, LOOK_AT).map((item) => item.coverage));
  const known = share(total - Object.values(lacking).reduce((a, b) => a + b, 0));
  return {
    coverage,
    leadCoverage: lead?.coverage ?? 0,
    sentence: lead?.best?.score ?? 0,
    reach: lead && possible > 0 ? Math.min(1, lead.bm25 / possible) : 0,
    margin: lead && next && lead.score > 0 ? 1 - next.score / lead.score : lead ? 1 : 0,
    known,
    unknownName: share(lacking.name),
    unknownAcronym: share(lacking.acronym),
    unknownEveryday: share(lacking.everyday),
    unknownRare: share(lacking.rare),
    unlisted: share(lacking.unlisted),
    rarestUnknown: share(rarestUnknown),
    rareCovered,
    terms: Math.log1p(user.length),
    anyName: lacking.name > 0 ? 1 : 0,
    anyRare: lacking.unlisted + lacking.rare > 0 ? 1 : 0,
    coveredKnown: coverage * known,
    coverageSquared: coverage ** 2,
  };
}

/** The model's confidence (0–1) that the corpus answers: a logistic score over the signals. */
export function answerability(signals: Signals, fitted: RefusalModel = model): number {
  let z = fitted.bias;
  for (const name of SIGNALS) z += (fitted.weights[name] ?? 0) * signals[name];
  return 1 / (1 + Math.exp(-z));
}

/** Why the corpus does not answer the question (null signals: no passage matched), or null when it does. No single word decides. */
export function whyUnanswered(signals: Signals | null, fitted: RefusalModel = model): string | null {
  if (!signals) return 'no passage matches';
  const confidence = answerability(signals, fitted);
  return confidence < fitted.threshold ? `the best passages do not cover the question (confidence ${confidence.toFixed(2)})` : null;
}
