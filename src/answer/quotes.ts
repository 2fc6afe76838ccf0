import type { Corpus } from '../corpus/types.js';
import { buildBook, type QuoteBook } from './quotes/book.js';
import { search, speakersByPrefix } from './quotes/search.js';
import type { QuoteOptions, QuoteResult, SpeakerCount } from './types.js';

export type { QuoteBook } from './quotes/book.js';

/** Extracts, attributes and groups every quotation of the corpus. */
export function buildQuoteBook(corpus: Corpus): QuoteBook {
  return buildBook(corpus);
}

/** Quotes ranked by match to `text`, optionally only one speaker's (any form of the name). */
export function searchQuotes(book: QuoteBook, text: string | null, options: QuoteOptions = {}): QuoteResult {
  return search(book, text, options);
}

/** Speakers with their quote counts, filtered by name prefix: answered from memory (autocomplete). */
export function listSpeakers(book: QuoteBook, prefix?: string): SpeakerCount[] {
  return speakersByPrefix(book, prefix);
}
