import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook, restoreQuoteBook, serializeQuoteBook, type QuoteBookData } from '../../src/answer/quotes.js';
import { PassageIndex } from '../../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot, snapshotIsFresh } from '../../src/index/snapshot.js';
import { FILLER, makeCorpus } from '../ask/fixture.js';

const corpus = makeCorpus([
  { id: 'a', paragraphs: ['The Zürich office rejected the merger proposal on Monday.', ...FILLER] },
  { id: 'b', paragraphs: ['Shareholders in Geneva welcomed the decision.'] },
]);

describe('index snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-snapshot-'));
  const path = join(dir, 'index.snapshot');
  saveSnapshot(path, PassageIndex.build(corpus.passages), corpus.passages);

  it('round-trips with the same tokenizer: folded and stemmed words still match', () => {
    const loaded = loadSnapshot(path, corpus.passages);
    if (!('index' in loaded)) throw new Error(loaded.reason);
    const engine = createEngine(corpus, { index: loaded.index });
    const fresh = createEngine(corpus);
    const question = 'Did zurich reject the merger?';
    expect(engine.ask(question)).toEqual(fresh.ask(question));
    expect(engine.ask(question).answer?.passageId).toBe('a#1');
    expect(engine.sources('Zurich')).toEqual(fresh.sources('Zurich'));
    // Orama's own tokenizer after load is ours too (restore() would have dropped it).
    expect(loaded.index.orama.db.tokenizer.tokenize('Zürich rejected', 'english')).toEqual(['zurich', 'reject']);
  });

  it('carries the quote book, so start-up need not extract quotations again', () => {
    const quoted = makeCorpus([{ id: 'q', paragraphs: ['"We will not accept this," said Maria Lopez, the mayor of the city.', ...FILLER] }]);
    const book = buildQuoteBook(quoted);
    const withQuotes = join(dir, 'quotes.snapshot');
    saveSnapshot(withQuotes, PassageIndex.build(quoted.passages), quoted.passages, { quoteBook: serializeQuoteBook(book) });
    const loaded = loadSnapshot(withQuotes, quoted.passages);
    if (!('index' in loaded)) throw new Error(loaded.reason);
    const engine = createEngine(quoted, { index: loaded.index, quoteBook: restoreQuoteBook(loaded.attachments.quoteBook as QuoteBookData) });
    expect(engine.speakers('mar')).toEqual(createEngine(quoted).speakers('mar'));
    expect(engine.speakers('mar')[0]?.speaker).toBe('Maria Lopez');
  });

  it('rejects snapshots of an older format or cut short, saying why', () => {
    const old = join(dir, 'old.snapshot');
    writeFileSync(old, JSON.stringify({ format: 'storybot-index/1', fingerprint: 'x' }));
    expect(loadSnapshot(old, corpus.passages)).toEqual({ reason: 'snapshot format storybot-index/1 is not storybot-index/3' });
    const cut = join(dir, 'cut.snapshot');
    writeFileSync(cut, readFileSync(path).subarray(0, 400));
    expect(loadSnapshot(cut, corpus.passages)).toHaveProperty('reason', expect.stringMatching(/truncated|unreadable/));
  });

  it('refuses a snapshot of other passages', () => {
    const other = makeCorpus([{ id: 'a', paragraphs: ['Something else entirely.'] }]);
    expect(loadSnapshot(path, other.passages)).toHaveProperty('reason');
  });

  it('is fresh only when written after every corpus file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'x');
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    expect(snapshotIsFresh(path, [file])).toBe(true);
    const future = new Date(Date.now() + 60_000);
    utimesSync(file, future, future);
    expect(snapshotIsFresh(path, [file])).toBe(false);
    expect(snapshotIsFresh(join(dir, 'missing'), [file])).toBe(false);
  });
});
