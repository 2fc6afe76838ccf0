import type { QuoteBook } from '../../src/answer/quotes.js';
import type { Corpus, Passage } from '../../src/corpus/types.js';

/** A corpus from articles given as paragraph lists: what the loader would give for these files. */
export function corpusOf(articles: Record<string, string[]>): Corpus {
  const passages: Passage[] = [];
  for (const [sourceId, paragraphs] of Object.entries(articles)) {
    let offset = 0;
    paragraphs.forEach((text, i) => {
      passages.push({ id: `${sourceId}#${i + 1}`, sourceId, paragraph: i + 1, text, start: offset, end: offset + text.length, sentences: [] });
      offset += text.length + 2;
    });
  }
  const sources = Object.entries(articles).map(([id, paragraphs]) => ({
    id, file: `${id}.txt`, outlet: null, title: null, date: null, url: null, byline: null, dateline: null,
    paragraphs: paragraphs.length, words: paragraphs.join(' ').split(/\s+/).length,
  }));
  return { dir: 'test', sources, passages, warnings: [] };
}

/** The first quotation (speech or not) holding these words; throws when there is none. */
export function quoteWith(book: QuoteBook, words: string): QuoteBook['all'][number] {
  const found = book.all.find((q) => q.text.includes(words));
  if (!found) throw new Error(`no quote with "${words}"`);
  return found;
}
