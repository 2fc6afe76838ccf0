import type { Passage } from '../../corpus/types.js';
import type { Analyzer } from '../../index/analyzer.js';
import { STOP_WORDS } from '../../index/stopwords.js';

/** A quotation as the quote book attributes it: who said it, and where its words stand in its passage. */
export interface AttributedQuote {
  speaker: string | null;
  role: string | null;
  passageId: string;
  /** Character range of the quoted words in the passage text. */
  start: number;
  end: number;
}

/** The terms naming a quotation's speaker (name and role) that its passage does not hold, and where the quotation stands. */
export interface QuoteAuthor {
  start: number;
  end: number;
  terms: readonly string[];
}

/**
 * Per passage position, who its quotations are attributed to. "What did X say about Y?" is answered
 * by X's words, and an article often names X a paragraph or more before quoting them ("…," the
 * statement said): a sentence of the quotation holds X's name and role as if it said them.
 */
export type Attributions = ReadonlyMap<number, readonly QuoteAuthor[]>;

/** Computed once per engine from the quote book (cost: analysing the passages that hold an attributed quote). */
export function attributionsOf(quotes: readonly AttributedQuote[], passages: readonly Passage[], analyzer: Analyzer): Attributions {
  const positionOf = new Map(passages.map((passage, position) => [passage.id, position]));
  const byPosition = new Map<number, QuoteAuthor[]>();
  const ownTerms = new Map<number, Set<string>>();
  for (const { speaker, role, passageId, start, end } of quotes) {
    const position = positionOf.get(passageId);
    if (position === undefined || (!speaker && !role)) continue;
    let own = ownTerms.get(position);
    if (!own) ownTerms.set(position, (own = new Set(analyzer.tokens(passages[position]!.text).map((token) => token.term))));
    const terms = new Set<string>();
    for (const token of analyzer.tokens(`${speaker ?? ''} ${role ?? ''}`)) if (!STOP_WORDS.has(token.word) && !own.has(token.term)) terms.add(token.term);
    if (terms.size === 0) continue;
    let authors = byPosition.get(position);
    if (!authors) byPosition.set(position, (authors = []));
    authors.push({ start, end, terms: [...terms] });
  }
  return byPosition;
}

/** Speaker terms of the quotations overlapping text[start, end) of the passage. */
export function authorTermsWithin(authors: readonly QuoteAuthor[], start: number, end: number): string[] {
  const terms: string[] = [];
  for (const author of authors) if (author.start < end && author.end > start) terms.push(...author.terms);
  return terms;
}
