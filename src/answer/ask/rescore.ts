import type { Token } from '../../index/analyzer.js';
import type { PassageIndex } from '../../index/passage-index.js';
import { sentenceRanges } from '../../corpus/sentence-ranges.js';
import type { Passage } from '../../corpus/types.js';
import { cueFires, type AnswerCue } from './cues.js';
import type { AskFeatures } from './features.js';
import type { Population, Question } from './question.js';
import { authorTermsWithin, type Attributions } from './attribution.js';
import { TermCredit } from './credit.js';
import { WEIGHTS } from './weights.js';
import { idf, type Candidate } from './retrieve.js';

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
  /** Share of the user's (idf-weighted) content that the corpus holds at all: what passage-level BM25 can see. */
  known: number;
}

export function questionWeights(question: Question, index: PassageIndex, population?: Population): Weights {
  const idfOf = (term: string): number => (population ? population.idf(term) : idf(index, term));
  const held = (term: string): boolean => (population ? population.has(term) : index.orama.documentFrequency(term) > 0);
  const of = new Map<string, { weight: number; user: string }>();
  let userTotal = 0;
  let userTotalSquared = 0;
  // A verb the corpus lacks ("happened") counts only through its synonyms: it is the relation asked
  // about. An everyday noun it lacks ("relationship") counts half; a rare word or a name in full.
  const relations = new Set(question.unknown.filter((word) => word.verb && !word.name).map((word) => word.term));
  const everyday = new Set(question.unknown.filter((word) => word.everyday && !word.verb && !word.name).map((word) => word.term));
  const expanded = new Map<string, number>();
  let missing = 0;
  for (const term of question.terms) {
    const weight = term.weight * idfOf(term.term) * (everyday.has(term.term) ? WEIGHTS.everydayUnknown : 1);
    of.set(term.term, { weight, user: term.of });
    if (!term.expansion && !relations.has(term.term)) {
      userTotal += weight;
      userTotalSquared += weight ** 2;
      if (!held(term.term)) missing += weight;
    }
    if (term.expansion && relations.has(term.of)) expanded.set(term.of, Math.max(expanded.get(term.of) ?? 0, weight));
  }
  for (const weight of expanded.values()) {
    userTotal += weight;
    userTotalSquared += weight ** 2;
  }
  return { of, userTotal: userTotal || 1, userTotalSquared: userTotalSquared || 1, known: userTotal > 0 ? 1 - missing / userTotal : 1 };
}

/** Re-scores candidates on their text: best sentence, phrases, proximity and the answer-type cues. */
export function rescore(
  candidates: readonly Candidate[],
  passages: readonly Passage[],
  question: Question,
  index: PassageIndex,
  features: AskFeatures,
  attributions?: Attributions,
  /** Ranking inside one story: its statistics, and the BM25 that counts as a full match there. */
  within?: { population: Population; top: number },
): Scored[] {
  const weights = questionWeights(question, index, within?.population);
  const credit = new TermCredit(index.orama, weights, question);
  const top = within?.top ?? (candidates[0]?.bm25 || 1);
  const scored = candidates.map((candidate): Scored => {
    const passage = passages[candidate.position]!;
    const { tokens, ids, sentences } = analysisOf(passage, index);
    // BM25 sees only the words the corpus holds: when the question's most specific word is missing
    // ("relationship"), its ranking over the common words left ("US", "Mexico") is weak evidence.
    let score = ((features.knownShare ? weights.known ** WEIGHTS.knownPower : 1) * candidate.bm25) / top;
    const authors = attributions?.get(candidate.position);
    let best: SentenceScore | null = null;
    if (features.sentences || question.cues.length > 0) {
      for (const sentence of sentences) {
        const { from, to } = sentence;
        let fired: AnswerCue[] = [];
        if (to > from && question.cues.length > 0) {
          const input = { tokens: tokens.slice(from, to), text: passage.text.slice(sentence.start, sentence.end), questionWords: question.words };
          fired = question.cues.filter((cue) => cueFires(cue, input));
        }
        // A sentence of a quotation holds its speaker's name and role: the quote is what they said.
        const spoken = authors ? authorTermsWithin(authors, sentence.start, sentence.end) : [];
        const extra = spoken.length > 0 ? credit.idsOf(spoken) : null;
        const covered = features.sentences ? credit.sentenceCoverage(ids, from, to, extra) : 0;
        let value = covered;
        if (features.phrase) value += WEIGHTS.phrase * credit.phraseShare(ids, from, to);
        if (features.sentences) value += WEIGHTS.proximity * covered * credit.proximity(ids, from, to);
        if (features.sentences && features.focus && question.focus.length > 0) value += WEIGHTS.focus * credit.focusShare(ids, from, to);
        if (question.cues.length > 0) value += (WEIGHTS.cue * fired.length) / question.cues.length;
        if (!best || value > best.score) best = { start: sentence.start, end: sentence.end, score: value };
      }
    }
    if (best) score += WEIGHTS.sentence * best.score;
    const coverage = credit.passageCoverage(ids);
    return { position: candidate.position, bm25: candidate.bm25, score, best, coverage, tokens };
  });
  return scored.sort((a, b) => b.score - a.score || a.position - b.position);
}

/** Each scored passage's coverage recomputed with the corpus's weights (rejection judges the corpus, not a story). */
export function recoverCorpusCoverage(scored: Scored[], passages: readonly Passage[], question: Question, index: PassageIndex): void {
  const credit = new TermCredit(index.orama, questionWeights(question, index), question);
  for (const item of scored) item.coverage = credit.passageCoverage(analysisOf(passages[item.position]!, index).ids);
}


const ANALYSIS_CACHE = 5_000;
const analysisCache = new WeakMap<PassageIndex, Map<string, PassageAnalysis>>();

/** A passage's tokens, their terms and its sentences as token ranges: computed once per passage. */
interface PassageAnalysis {
  tokens: Token[];
  /** The tokens' term ids in the index: per-question look-ups by number, not by string. */
  ids: Int32Array;
  /** Character range in the passage text and token range [from, to). */
  sentences: Array<{ start: number; end: number; from: number; to: number }>;
}

/** Cached (bounded): the same passages come back for related questions, and a question should allocate little. */
function analysisOf(passage: Passage, index: PassageIndex): PassageAnalysis {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map()));
  let analysis = cache.get(passage.id);
  if (!analysis) {
    const tokens = index.analyzer.tokens(passage.text);
    const ranges = sentenceRanges(passage);
    let at = 0;
    const sentences = ranges.map(({ start, end }) => {
      while (at < tokens.length && tokens[at]!.start < start) at++;
      const from = at;
      while (at < tokens.length && tokens[at]!.end <= end) at++;
      return { start, end, from, to: at };
    });
    analysis = { tokens, ids: Int32Array.from(tokens, (token) => index.orama.termId(token.term)), sentences };
    if (cache.size >= ANALYSIS_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(passage.id, analysis);
  }
  return analysis;
}
