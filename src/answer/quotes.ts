import type { Corpus } from '../corpus/types.js';
import { bookFromRecords, buildBook, fromData, toData, type QuoteBook, type QuoteBookData } from './quotes/book.js';
import { linkSpeakers } from './quotes/extract.js';
import type { QuoteRecord } from './quotes/model.js';
import { search, speakersByPrefix } from './quotes/search.js';
import type { QuoteOptions, QuoteResult, SpeakerCount } from './types.js';

export type { QuoteBook, QuoteBookData } from './quotes/book.js';
/** The per-article half of buildQuoteBook (articles that may hold quotes, and one article's records), for splitting between threads. */
export { extractArticle, quotedArticles } from './quotes/extract.js';

/** Extracts, attributes and groups every quotation of the corpus. */
export function buildQuoteBook(corpus: Corpus): QuoteBook {
  return buildBook(corpus);
}

/** The rest of buildQuoteBook: the book from every article's records, in corpus order (equals buildQuoteBook's). */
export function quoteBookFromArticles(records: QuoteRecord[]): QuoteBook {
  return bookFromRecords(linkSpeakers(records));
}

/** Quotes ranked by match to `text`, optionally only one speaker's (any form of the name). */
export function searchQuotes(book: QuoteBook, text: string | null, options: QuoteOptions = {}): QuoteResult {
  return search(book, text, options);
}

/** Speakers with their quote counts, filtered by name prefix: answered from memory (autocomplete). */
export function listSpeakers(book: QuoteBook, prefix?: string): SpeakerCount[] {
  return speakersByPrefix(book, prefix);
}

/** The quote book as JSON-safe data, to store in an index snapshot (JSON.stringify it). */
export function serializeQuoteBook(book: QuoteBook): QuoteBookData {
  return toData(book);
}

/** A quote book from `serializeQuoteBook` data, without re-running extraction. */
export function restoreQuoteBook(data: QuoteBookData): QuoteBook {
  return fromData(data);
}
