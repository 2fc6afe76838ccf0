import type { Corpus } from '../corpus/types.js';
import { buildQuoteBook, listSpeakers, searchQuotes } from './quotes.js';
import type { Engine } from './types.js';

// PLACEHOLDER (replaced by the /ask issue): substring matching so the transports can be built against it.
export function createEngine(corpus: Corpus): Engine {
  const book = buildQuoteBook(corpus);
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
  return {
    ask(question, options = {}) {
      const words = question.toLowerCase().split(/\W+/).filter((w) => w.length > 3);
      const ranked = corpus.passages
        .map((p) => ({ p, score: words.filter((w) => p.text.toLowerCase().includes(w)).length }))
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score);
      const offset = options.offset ?? 0;
      const passages = ranked.slice(offset, offset + (options.limit ?? 3)).map(({ p, score }) => {
        const s = sourceById.get(p.sourceId)!;
        return { id: p.id, sourceId: p.sourceId, outlet: s.outlet, title: s.title, date: s.date, url: s.url, paragraph: p.paragraph, text: p.text, score, alsoIn: [], highlights: [] };
      });
      const top = ranked[0];
      return {
        query: question,
        answered: top !== undefined,
        answer: top ? { text: top.p.sentences[0]?.text ?? top.p.text, passageId: top.p.id } : null,
        passages,
        total: ranked.length,
      };
    },
    quote: (text, options) => searchQuotes(book, text, options),
    speakers: (prefix) => listSpeakers(book, prefix),
    sources: (about) => ({
      about: about ?? null,
      sources: corpus.sources.map(({ id, outlet, title, date, url, paragraphs, words }) => ({ id, outlet, title, date, url, paragraphs, words })),
    }),
  };
}
