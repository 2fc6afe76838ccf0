import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLivingEngine } from '../../src/answer/living.js';
import { openEngine, QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT, type OpenOptions } from '../../src/answer/open.js';
import { serializeQuoteBook, buildQuoteBook } from '../../src/answer/quotes.js';
import { parseConfig } from '../../src/config.js';
import { PassageIndex } from '../../src/index/passage-index.js';
import { saveSnapshot } from '../../src/index/snapshot.js';
import { createLogger } from '../../src/log.js';

/** openEngine on a copy of the seed corpus, with its log lines. */
async function open(corpusDir: string, snapshotPath: string, options: OpenOptions = { warm: true }) {
  const lines: Array<{ msg: string; snapshot?: boolean | string; reason?: string }> = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  const { engine, corpus } = await openEngine(parseConfig({ CORPUS_DIR: corpusDir, SNAPSHOT_PATH: snapshotPath }), logger, options);
  return { engine, corpus, lines };
}

describe('openEngine and the index snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-open-'));
  const corpusDir = join(dir, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  const snapshotPath = join(dir, 'index.snapshot');

  it('starts from a fresh snapshot, quote book included, and answers as a built engine does', async () => {
    const built = await open(corpusDir, join(dir, 'missing.snapshot'));
    expect(built.lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(false);
    expect(built.lines.some((line) => line.msg.includes('not used'))).toBe(false);
    const { corpus } = built;
    // The quote book attached is marked, so that its use is visible: one speaker renamed.
    const data = serializeQuoteBook(buildQuoteBook(corpus));
    data.speakers = data.speakers.map((entry, i) => (i === 0 ? { ...entry, speaker: 'Snapshot Speaker', key: 'snapshot speaker', words: ['snapshot', 'speaker'] } : entry));
    saveSnapshot(snapshotPath, PassageIndex.build(corpus.passages), corpus.passages, { [QUOTE_BOOK_ATTACHMENT]: data });

    const loaded = await open(corpusDir, snapshotPath);
    expect(loaded.lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(true);
    expect(loaded.engine.speakers('snapshot').map((s) => s.speaker)).toEqual(['Snapshot Speaker']);
    const question = 'When did Trump label cartels foreign terrorist organizations?';
    expect(loaded.engine.ask(question)).toEqual(built.engine.ask(question));
    // A one-shot open (storybot ask) takes the book from the snapshot too: same answer, nothing extracted.
    const oneShot = await open(corpusDir, snapshotPath, {});
    expect(oneShot.engine.ask(question)).toEqual(built.engine.ask(question));
    expect(oneShot.engine.speakers('snapshot').map((s) => s.speaker)).toEqual(['Snapshot Speaker']);
  });

  it('answers a one-shot question without a snapshot before any quote is extracted', async () => {
    const oneShot = await open(corpusDir, join(dir, 'missing.snapshot'), {});
    const result = oneShot.engine.ask('When did Trump label cartels foreign terrorist organizations?');
    expect(result.answered).toBe(true);
    expect(oneShot.engine.hasQuoteBook()).toBe(false);
    expect(() => oneShot.engine.speakers()).toThrow(/not loaded/);
    const forQuotes = await open(corpusDir, join(dir, 'missing.snapshot'), { quotes: true });
    expect(forQuotes.engine.speakers().length).toBeGreaterThan(0);
  });

  it('takes the stories from the snapshot, and finds them again with a warning when they do not fit the corpus', async () => {
    const { corpus } = await open(corpusDir, join(dir, 'missing.snapshot'));
    const index = PassageIndex.build(corpus.passages);
    const book = serializeQuoteBook(buildQuoteBook(corpus));
    // Four articles alone form no story: a snapshot saying two of them are one is visibly used.
    const [first, second] = corpus.sources.map((source) => source.id);
    const marked = { [first!]: 0, [second!]: 0 };
    const path = join(dir, 'stories.snapshot');
    saveSnapshot(path, index, corpus.passages, { [QUOTE_BOOK_ATTACHMENT]: book, [STORIES_ATTACHMENT]: marked });
    const loaded = await open(corpusDir, path);
    expect(loaded.engine.storyAssignment()).toEqual(marked);
    expect(loaded.lines.some((line) => line.msg.includes('not used'))).toBe(false);

    saveSnapshot(path, index, corpus.passages, { [QUOTE_BOOK_ATTACHMENT]: book, [STORIES_ATTACHMENT]: { 'no-such-article': 0 } });
    const refound = await open(corpusDir, path);
    expect(refound.engine.storyAssignment()).toEqual({});
    expect(refound.lines.find((line) => line.msg.startsWith('stories in the snapshot not used'))?.reason).toMatch(/story assignment/);
  });

  it('a running bot ignores a snapshot of other passages or a truncated one with one warning, and writes it again for the next start', async () => {
    const other = join(dir, 'other.snapshot');
    const written = (log: Array<{ msg: string }>) => log.some((line) => line.msg === 'index snapshot written');
    for (const spoil of [
      () => saveSnapshot(other, PassageIndex.build([{ id: 'x#1', text: 'Another corpus altogether.' }]), [{ id: 'x#1', text: 'Another corpus altogether.' }]),
      () => writeFileSync(other, readFileSync(other).subarray(0, 200)),
    ]) {
      spoil();
      const lines: Array<{ msg: string; reason?: string; snapshot?: unknown }> = [];
      const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
      const living = await openLivingEngine(parseConfig({ CORPUS_DIR: corpusDir, SNAPSHOT_PATH: other }), logger);
      living.close();
      expect(lines.filter((line) => line.msg.includes('not used'))).toHaveLength(1);
      for (let i = 0; i < 100 && !written(lines); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const next = await open(corpusDir, other, {});
      expect(next.lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(true);
      expect(next.lines.some((line) => line.msg.includes('not used'))).toBe(false);
    }
  });

  it('rebuilds with a warning when a corpus file is newer than the snapshot', async () => {
    const file = join(corpusDir, readdirSync(corpusDir).find((name) => name.endsWith('.txt'))!);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const stale = await open(corpusDir, snapshotPath);
    expect(stale.lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(false);
    expect(stale.lines.find((line) => line.msg.includes('not used'))?.reason).toMatch(/newer/);
    expect(stale.engine.speakers('snapshot')).toEqual([]);
  });
});
