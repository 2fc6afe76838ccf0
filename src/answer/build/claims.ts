import { extractArticle } from '../quotes.js';
import type { QuotedPassage, QuoteRecord } from '../quotes/model.js';

/** The quote records of the articles one thread extracted, each with the article's index. */
export type ArticleRecords = Array<[number, QuoteRecord[]]>;

/** A counter shared by the threads (SharedArrayBuffer): the index of the next article nobody has claimed. */
export function newClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Extracts the quotes of articles claimed one at a time from the shared counter until none is left.
 * Whichever thread is free takes the next article, so the threads end together however long each
 * one's other work (the index) and each article's extraction take: no split to guess in advance.
 */
export function extractClaimed(articles: readonly (readonly QuotedPassage[])[], claims: Int32Array): ArticleRecords {
  const done: ArticleRecords = [];
  for (let i = Atomics.add(claims, 0, 1); i < articles.length; i = Atomics.add(claims, 0, 1)) done.push([i, extractArticle(articles[i]!)]);
  return done;
}
