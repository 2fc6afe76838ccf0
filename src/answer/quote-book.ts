import { fromData, toData, type QuoteBook, type QuoteBookData } from './quotes/book.js';
import { search, speakersByPrefix } from './quotes/search.js';
import type { QuoteOptions, QuoteResult, SpeakerCount } from './types.js';

/**
 * A built quote book, read: search, speakers, and the snapshot's form. Nothing here extracts quotes,
 * so loading it does not load the NLP library (compromise, about a second): extraction is in quotes.ts.
 */
export type { QuoteBook, QuoteBookData } from './quotes/book.js';

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
