import type { PassageIndex } from '../../index/passage-index.js';
import type { OramaPassageIndex } from '../../index/orama.js';
import { seek, type Counts } from '../../index/postings.js';
import type { QueryTerm } from './question.js';
import { Stamps } from './stamps.js';
import { WEIGHTS } from './weights.js';

/** Upper bounds are computed in floating point: a little slack keeps them bounds. */
const BOUND_SLACK = 1 + 1e-9;
/** Passages scoring this close to the cut are re-summed exactly before the cut is made. */
const EXACT_MARGIN = 1e-9;

export interface Candidate {
  /** Position in the corpus's passage list. */
  position: number;
  /** Weighted BM25 of the passage for the question's terms. */
  bm25: number;
}

/** BM25's inverse document frequency of a term held by `df` of `n` passages (never negative). */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Inverse document frequency over the whole corpus. */
export function idf(index: PassageIndex, term: string): number {
  return bm25Idf(index.orama.size, index.orama.documentFrequency(term));
}

/** One question term's posting list, its weight (times idf) and the most it adds to any passage. */
interface TermList {
  documents: Uint32Array;
  counts: Counts;
  scale: number;
  bound: number;
}

/**
 * Per index, allocated on the first question and reused: each passage's BM25 length normalisation,
 * each term's largest term-frequency factor, and the partial-score accumulator (valid where the
 * passage's stamp is the current question's, so it never needs clearing).
 */
interface Workspace {
  /** The BM25 parameters the norms were computed with (the fitting script changes them). */
  k1: number;
  b: number;
  norms: Float64Array;
  maxFactors: Map<string, number>;
  scores: Float64Array;
  stamps: Stamps;
  touched: Int32Array;
}

const workspaces = new WeakMap<OramaPassageIndex, Workspace>();

function workspaceOf(orama: OramaPassageIndex): Workspace {
  let workspace = workspaces.get(orama);
  const { k1, b } = WEIGHTS;
  if (!workspace || workspace.k1 !== k1 || workspace.b !== b) {
    const average = orama.averageLength || 1;
    const norms = new Float64Array(orama.size + 1);
    for (let document = 1; document <= orama.size; document++) norms[document] = k1 * (1 - b + (b * orama.length(document)) / average);
    workspace = { k1, b, norms, maxFactors: new Map(), scores: new Float64Array(orama.size + 1), stamps: new Stamps(orama.size + 1), touched: new Int32Array(orama.size) };
    workspaces.set(orama, workspace);
  }
  return workspace;
}

/** BM25's contribution of a list's `i`-th entry, in the same operation order as a plain term-at-a-time pass. */
function contribution(list: TermList, i: number, norms: Float64Array): number {
  const tf = list.counts[i]!;
  return (list.scale * tf * (WEIGHTS.k1 + 1)) / (tf + norms[list.documents[i]!]!);
}

/** The largest term-frequency factor over the term's passages (computed once per term). */
function maxFactor(workspace: Workspace, term: string, documents: Uint32Array, counts: Counts): number {
  let max = workspace.maxFactors.get(term);
  if (max === undefined) {
    max = 0;
    for (let i = 0; i < documents.length; i++) max = Math.max(max, (counts[i]! * (workspace.k1 + 1)) / (counts[i]! + workspace.norms[documents[i]!]!));
    workspace.maxFactors.set(term, max);
  }
  return max;
}

/** The `size` largest values offered, to know the `size`-th best score so far. */
class Best {
  private readonly values: Float64Array;

  constructor(private readonly size: number) {
    this.values = new Float64Array(size).fill(-Infinity);
  }

  offer(value: number): void {
    const { values } = this;
    if (value <= values[this.size - 1]!) return;
    let at = this.size - 1;
    while (at > 0 && values[at - 1]! < value) {
      values[at] = values[at - 1]!;
      at--;
    }
    values[at] = value;
  }

  /** The `size`-th largest value offered (-Infinity while fewer were offered). */
  get last(): number {
    return this.values[this.size - 1]!;
  }
}

/**
 * BM25 over the index's postings, each term weighted (the user's words 1, expansions less), exact
 * terms only. Returns the best `limit` passages, best first (ties: earlier passage first).
 *
 * Term at a time with MaxScore-style pruning (Turtle & Flood): terms are taken strongest first (by the
 * most they can add to a passage). A passage's partial score is a lower bound of its score, so once
 * `limit` passages have partial scores above everything the remaining terms could add together, no
 * passage not yet seen can make the cut: the remaining lists, usually the common words and weak
 * synonyms, are then only probed (galloping search) for the passages still in the running instead
 * of being read whole. The passages near the cut are finally re-summed exactly in question order.
 */
export function retrieve(index: PassageIndex, terms: readonly QueryTerm[], limit: number): Candidate[] {
  const { orama } = index;
  if (limit <= 0) return [];
  const workspace = workspaceOf(orama);
  const { norms, scores, touched } = workspace;
  const generation = workspace.stamps.next();
  const lists: TermList[] = [];
  for (const { term, weight } of terms) {
    const list = orama.postings(term);
    if (!list) continue;
    const scale = weight * idf(index, term);
    lists.push({ ...list, scale, bound: scale * maxFactor(workspace, term, list.documents, list.counts) * BOUND_SLACK });
  }
  const strongestFirst = [...lists].sort((a, b) => b.bound - a.bound);
  // What the lists after the j-th can add together.
  const remaining = new Float64Array(strongestFirst.length);
  for (let j = strongestFirst.length - 2; j >= 0; j--) remaining[j] = remaining[j + 1]! + strongestFirst[j + 1]!.bound;

  let seen = 0;
  let threshold = -Infinity;
  let running: Int32Array | null = null;
  for (let j = 0; j < strongestFirst.length; j++) {
    const list = strongestFirst[j]!;
    const best = new Best(limit);
    const { documents } = list;
    if (!running) {
      seen = accumulate(list, norms, workspace, generation, seen, best);
      threshold = Math.max(threshold, best.last);
      if (j + 1 < strongestFirst.length && remaining[j]! < threshold) running = touched.subarray(0, seen).filter((document) => scores[document]! + remaining[j]! >= threshold).sort();
    } else {
      let at = 0;
      for (const document of running) {
        at = seek(documents, at, document);
        if (documents[at] === document) scores[document] = scores[document]! + contribution(list, at, norms);
        best.offer(scores[document]!);
      }
      threshold = Math.max(threshold, best.last);
      running = running.filter((document) => scores[document]! + remaining[j]! >= threshold);
    }
  }

  const pool = running ?? touched.subarray(0, seen);
  const cut = new Best(limit);
  for (const document of pool) cut.offer(scores[document]!);
  const margin = Math.abs(cut.last) * EXACT_MARGIN;
  const finalists = [...pool.filter((document) => scores[document]! >= cut.last - margin)].map((document) => ({ document, score: exactScore(lists, document, norms) }));
  finalists.sort((a, b) => b.score - a.score || a.document - b.document);
  return finalists.slice(0, limit).map(({ document, score }) => ({ position: orama.position(document), bm25: score }));
}

/** Adds a whole list to the partial scores; returns how many passages have one now. */
function accumulate(list: TermList, norms: Float64Array, { scores, stamps: { marks: stamps }, touched }: Workspace, generation: number, seen: number, best: Best): number {
  const { documents } = list;
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i]!;
    let score = contribution(list, i, norms);
    if (stamps[document] === generation) score += scores[document]!;
    else {
      stamps[document] = generation;
      touched[seen++] = document;
    }
    scores[document] = score;
    best.offer(score);
  }
  return seen;
}

/** The passage's score summed in question order, as a plain term-at-a-time pass would. */
function exactScore(lists: readonly TermList[], document: number, norms: Float64Array): number {
  let score = 0;
  for (const list of lists) {
    const at = seek(list.documents, 0, document);
    if (list.documents[at] === document) score += contribution(list, at, norms);
  }
  return score;
}
