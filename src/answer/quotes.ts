import type { Corpus } from '../corpus/types.js';
import { bookFromRecords, type QuoteBook } from './quotes/book.js';
import { extractQuotes, linkSpeakers } from './quotes/extract.js';
import type { QuoteRecord } from './quotes/model.js';

/** Reading a built book needs no extraction: quote-book.ts, re-exported for callers that do both. */
export { listSpeakers, restoreQuoteBook, searchQuotes, serializeQuoteBook, type QuoteBook, type QuoteBookData } from './quote-book.js';
/** The per-article half of buildQuoteBook (articles that may hold quotes, and one article's records), for splitting between threads. */
export { extractArticle, quotedArticles } from './quotes/extract.js';

/** Extracts, attributes and groups every quotation of the corpus (loads compromise). */
export function buildQuoteBook(corpus: Corpus): QuoteBook {
  return bookFromRecords(extractQuotes(corpus));
}

/** The rest of buildQuoteBook: the book from every article's records, in corpus order (equals buildQuoteBook's). */
export function quoteBookFromArticles(records: QuoteRecord[]): QuoteBook {
  return bookFromRecords(linkSpeakers(records));
}
