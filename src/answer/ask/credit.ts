import type { OramaPassageIndex } from '../../index/orama.js';
import type { Question } from './question.js';
import { Stamps } from './stamps.js';
import type { Weights } from './rescore.js';

/** Term id → the question's slot for it, valid where the stamp is the current question's (never cleared). */
interface Lookup {
  stamps: Stamps;
  slots: Int32Array;
}

const lookups = new WeakMap<OramaPassageIndex, Lookup>();

function lookupFor(orama: OramaPassageIndex): Lookup {
  let lookup = lookups.get(orama);
  if (!lookup) lookups.set(orama, (lookup = { stamps: new Stamps(orama.terms), slots: new Int32Array(orama.terms) }));
  return lookup;
}

/**
 * The question's terms resolved once per question, so that scoring a sentence is typed-array work over
 * its tokens' term ids rather than string look-ups and maps per sentence. Credit is per user term: each
 * counts once, by itself or its best synonym, the best of the sentence's own words and of what precedes it.
 * Valid until the next question over the same index starts.
 */
export class TermCredit {
  private readonly lookup: Lookup;
  private readonly generation: number;
  /** Per slot: the user term's index, its weight, its weight squared, and the user index when the term is the user's own word (else -1). */
  private readonly user: Int32Array;
  private readonly weight: Float64Array;
  private readonly squared: Float64Array;
  private readonly own: Int32Array;
  readonly users: number;
  private readonly present: Float64Array;
  private readonly marks: Uint8Array;
  private readonly last: Int32Array;
  /** The question's consecutive word pairs as term ids, with their weight. */
  private readonly phrases: Array<{ first: number; second: number; gap: number; weight: number }>;
  private readonly phraseTotal: number;
  /** "What did X say Y?": the user indexes of Y's terms and Y's total weight. */
  private readonly focus: number[];
  private readonly focusTotal: number;

  constructor(
    private readonly orama: OramaPassageIndex,
    readonly weights: Weights,
    question: Pick<Question, 'userTerms' | 'phrases' | 'focus'>,
  ) {
    this.lookup = lookupFor(orama);
    this.generation = this.lookup.stamps.next();
    const userIndex = new Map<string, number>();
    const size = weights.of.size;
    this.user = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.squared = new Float64Array(size);
    this.own = new Int32Array(size).fill(-1);
    const users = new Set(question.userTerms);
    let slot = 0;
    for (const [term, { weight, user }] of weights.of) {
      let index = userIndex.get(user);
      if (index === undefined) userIndex.set(user, (index = userIndex.size));
      this.user[slot] = index;
      this.weight[slot] = weight;
      this.squared[slot] = weight ** 2;
      if (users.has(term)) this.own[slot] = index;
      const id = orama.termId(term);
      if (id >= 0) {
        this.lookup.stamps.marks[id] = this.generation;
        this.lookup.slots[id] = slot;
      }
      slot++;
    }
    this.users = userIndex.size;
    const weightOf = (term: string): number => weights.of.get(term)?.weight ?? 0;
    this.phrases = question.phrases.map(({ first, second, gap }) => ({ first: orama.termId(first), second: orama.termId(second), gap, weight: weightOf(first) + weightOf(second) }));
    this.phraseTotal = this.phrases.reduce((sum, { weight }) => sum + weight, 0);
    this.focus = question.focus.map((term) => userIndex.get(term) ?? -1);
    this.focusTotal = question.focus.reduce((sum, term) => sum + weightOf(term), 0);
    this.present = new Float64Array(this.users);
    this.marks = new Uint8Array(this.users);
    this.last = new Int32Array(this.users);
  }

  /** The question's slot for a term id, or -1. */
  private slot(id: number): number {
    return id >= 0 && this.lookup.stamps.marks[id] === this.generation ? this.lookup.slots[id]! : -1;
  }

  /** Term ids of the given terms (-1 for terms no passage holds). */
  idsOf(terms: readonly string[]): Int32Array {
    return Int32Array.from(terms.map((term) => this.orama.termId(term)));
  }

  /** Idf²-weighted share of the question that the tokens [from, to) and the extra term ids hold. */
  sentenceCoverage(ids: Int32Array, from: number, to: number, extra: Int32Array | null): number {
    const { present } = this;
    present.fill(0);
    this.credit(ids, from, to, this.squared);
    if (extra) this.credit(extra, 0, extra.length, this.squared);
    let sum = 0;
    for (let user = 0; user < this.users; user++) sum += present[user]!;
    return sum / this.weights.userTotalSquared;
  }

  /** Idf-weighted share of the question that the tokens hold. */
  passageCoverage(ids: Int32Array): number {
    this.present.fill(0);
    this.credit(ids, 0, ids.length, this.weight);
    let sum = 0;
    for (let user = 0; user < this.users; user++) sum += this.present[user]!;
    return sum / this.weights.userTotal;
  }

  private credit(ids: Int32Array, from: number, to: number, value: Float64Array): void {
    const { present } = this;
    for (let i = from; i < to; i++) {
      const slot = this.slot(ids[i]!);
      if (slot >= 0 && value[slot]! > present[this.user[slot]!]!) present[this.user[slot]!] = value[slot]!;
    }
  }

  /** How tightly the user's own words cluster in [from, to): distinct ones over the smallest window holding them all. */
  proximity(ids: Int32Array, from: number, to: number): number {
    const { marks, last } = this;
    marks.fill(0);
    let wanted = 0;
    for (let i = from; i < to; i++) {
      const user = this.ownUser(ids[i]!);
      if (user >= 0 && !marks[user]) {
        marks[user] = 1;
        wanted++;
      }
    }
    if (wanted < 2) return 0;
    last.fill(-1);
    let seen = 0;
    let best = Infinity;
    for (let i = from; i < to; i++) {
      const user = this.ownUser(ids[i]!);
      if (user < 0) continue;
      if (last[user] === -1) seen++;
      last[user] = i;
      if (seen === wanted) {
        let first = i;
        for (let other = 0; other < this.users; other++) if (marks[other] && last[other]! < first) first = last[other]!;
        best = Math.min(best, i - first + 1);
      }
    }
    return wanted / best;
  }

  /** Weighted share of the question's consecutive word pairs that stand as close in the tokens [from, to). */
  phraseShare(ids: Int32Array, from: number, to: number): number {
    let hit = 0;
    for (const { first, second, gap, weight } of this.phrases) if (first >= 0 && second >= 0 && followedWithin(ids, from, to, first, second, gap)) hit += weight;
    return this.phraseTotal > 0 ? hit / this.phraseTotal : 0;
  }

  /** Idf-weighted share of the focus terms that the tokens [from, to) hold, themselves or (less) through a synonym. */
  focusShare(ids: Int32Array, from: number, to: number): number {
    if (this.focusTotal <= 0) return 0;
    this.present.fill(0);
    this.credit(ids, from, to, this.weight);
    let hit = 0;
    for (const user of this.focus) if (user >= 0) hit += this.present[user]!;
    return hit / this.focusTotal;
  }

  private ownUser(id: number): number {
    const slot = this.slot(id);
    return slot >= 0 ? this.own[slot]! : -1;
  }
}

/** Whether some `first` in [from, to) has `second` within `gap + 1` tokens after it, before `to`. */
function followedWithin(ids: Int32Array, from: number, to: number, first: number, second: number, gap: number): boolean {
  for (let i = from; i < to; i++) {
    if (ids[i] !== first) continue;
    for (let j = i + 1; j < Math.min(i + 2 + gap, to); j++) if (ids[j] === second) return true;
  }
  return false;
}
