import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/answer/build.js';
import { articleQuotesInWorker } from '../../src/answer/build/quotes-in-worker.js';
import { createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook, extractArticles, serializeQuoteBook } from '../../src/answer/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createLogger } from '../../src/log.js';

describe('building on both cores (quotes in a worker thread while the index builds)', async () => {
  const corpus = await loadCorpus('corpus');
  const inThread = serializeQuoteBook(buildQuoteBook(corpus));

  it('extracts in the worker exactly the quotes the main thread would', async () => {
    const { records } = await articleQuotesInWorker(corpus.passages);
    expect(records.some((record) => record.speaker)).toBe(true);
    expect(records).toEqual(extractArticles(corpus.passages));
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
