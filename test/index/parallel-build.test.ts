import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/answer/build.js';
import { newClaims } from '../../src/answer/build/claims.js';
import { articleQuotesInWorker } from '../../src/answer/build/quotes-in-worker.js';
import { createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook, extractArticle, quotedArticles, serializeQuoteBook } from '../../src/answer/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createLogger } from '../../src/log.js';

describe('building on both cores (quotes in a worker thread while the index builds)', async () => {
  const corpus = await loadCorpus('corpus');
  const inThread = serializeQuoteBook(buildQuoteBook(corpus));

  it('extracts in the worker exactly the quotes the main thread would', async () => {
    // Alone on a fresh counter, the worker claims every article, in order.
    const articles = quotedArticles(corpus.passages);
    const { done } = await articleQuotesInWorker(articles, newClaims());
    expect(done.map(([i]) => i)).toEqual(articles.map((_, i) => i));
    expect(done.some(([, records]) => records.some((record) => record.speaker))).toBe(true);
    expect(done.map(([, records]) => records)).toEqual(articles.map((article) => extractArticle(article)));
  });

  it('gives an engine that quotes, lists speakers and answers as the in-thread engine does', async () => {
    const lines: string[] = [];
    const { engine, parts } = await buildEngine(corpus, { logger: createLogger('warn', { write: (line: string) => void lines.push(line) }) });
    expect(lines).toEqual([]);
    expect(parts.timings.quotes_in_worker).toBe(true);
    expect(serializeQuoteBook(engine.quoteBook())).toEqual(inThread);
    const reference = createEngine(corpus);
    reference.warm();
    const speaker = inThread.speakers[0]!.speaker;
    expect(engine.speakers(speaker.slice(0, 3))).toEqual(reference.speakers(speaker.slice(0, 3)));
    expect(engine.quote(null, { speaker })).toEqual(reference.quote(null, { speaker }));
    const question = 'What did Trump offer Mexico?';
    expect(engine.ask(question)).toEqual(reference.ask(question));
  });
});
