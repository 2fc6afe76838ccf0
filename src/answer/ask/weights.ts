import fitted from './ranking-weights.json' with { type: 'json' };

/**
 * The ranking's constants, fitted by `npm run fit` on the training folds (scripts/fit/ranking.ts) and
 * stored in ranking-weights.json. Relative weights are on the scale of a fully covered question (1).
 */
export interface RankingWeights {
  /** BM25's term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
  /** The best sentence's evidence, added to the passage's BM25 (scaled to the best candidate's). */
  sentence: number;
  /** Passage BM25 is damped by the share of the question the corpus holds, to this power. */
  knownPower: number;
  /** The question's consecutive words standing close together. */
  phrase: number;
  /** The question's words close together within a sentence. */
  proximity: number;
  /** A sentence holding what the question asks for (a date, a number, a name...). */
  cue: number;
  /** The share of a reporting question's focus ("What did X say *Y*?") the sentence itself holds. */
  focus: number;
  /** Weight of an everyday noun the corpus lacks, against a rare word's. */
  everydayUnknown: number;
  /** WordNet synonyms, against the user's own words. */
  expansion: number;
  /** Added to a passage from an outlet the question names. */
  outlet: number;
}

/** The weights in force: the fitted ones (the fitting script sets others while it searches). */
export const WEIGHTS: RankingWeights = { ...fitted.weights };
