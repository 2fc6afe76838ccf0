/** The ranking stages of /ask. All on by default; the evaluation turns each off in turn (ablation). */
export interface AskFeatures {
  /** Stems and base forms in the index and questions. */
  stem: boolean;
  /** Function words do not count as content (unless nothing else is left). */
  stopWords: boolean;
  /** Acronyms the corpus spells out ("nsc" → "National Security Council") written out in the question. */
  acronyms: boolean;
  /** An outlet the question names ("in the fox piece") is where to look: its passages come first among near-equals. */
  outlets: boolean;
  /** Misspelt and run-together words corrected against the corpus vocabulary. */
  typos: boolean;
  /** WordNet synonyms, weighted below the user's own words. */
  expansion: boolean;
  /** Passage-level BM25 counts for the share of the question the corpus holds (cues and sentences decide the rest). */
  knownShare: boolean;
  /** Boost for the question's consecutive words standing close together in a passage. */
  phrase: boolean;
  /** Candidates re-scored by their best sentence (coverage and proximity within a sentence). */
  sentences: boolean;
  /** Boost for sentences holding what the question asks for: a date, a name, a number, a place, a relation, a state. */
  cues: boolean;
  /** A sentence of a quotation holds the words naming its speaker and their role (from the quote book), wherever the article names them. */
  attribution: boolean;
  /** "What did X say Y?": boost for the sentence that itself says Y (X may be named before it). */
  focus: boolean;
  /** A story (articles linked by their vocabulary) among the best candidates is ranked with its own statistics. */
  stories: boolean;
  /** Near-duplicate passages from different outlets merged into one result. */
  merge: boolean;
  /** "Not in the corpus" when the question's key words are not covered. */
  reject: boolean;
}

export const ALL_FEATURES: Readonly<AskFeatures> = {
  stem: true,
  stopWords: true,
  acronyms: true,
  outlets: true,
  typos: true,
  expansion: true,
  knownShare: true,
  phrase: true,
  sentences: true,
  cues: true,
  attribution: true,
  focus: true,
  stories: true,
  merge: true,
  reject: true,
};
