import { describe, expect, it, vi } from 'vitest';
import { buildEngine } from '../../src/answer/build.js';
import { buildQuoteBook, serializeQuoteBook } from '../../src/answer/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createLogger } from '../../src/log.js';

// A worker that cannot start (a missing file, a sandbox without threads): the build must still finish.
vi.mock('../../src/answer/build/quotes-in-worker.js', () => ({
  articleQuotesInWorker: () => Promise.reject(new Error('worker could not start')),
}));

describe('building when the quote worker fails', () => {
  it('extracts every article in the main thread, says so once, and loses no quote', async () => {
    const corpus = await loadCorpus('corpus');
    const lines: string[] = [];
    const { engine, parts } = await buildEngine(corpus, { logger: createLogger('warn', { write: (line: string) => void lines.push(line) }) });
    expect(parts.timings.quotes_in_worker).toBe(false);
    expect(lines).toHaveLength(1);
    // pino level 40: warn.
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, reason: 'worker could not start' });
    expect(serializeQuoteBook(engine.quoteBook())).toEqual(serializeQuoteBook(buildQuoteBook(corpus)));
  });
});
