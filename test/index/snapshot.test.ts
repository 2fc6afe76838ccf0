import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
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
    // Orama's own tokenizer after load is ours too (restore() would have dropped it).
    expect(loaded.index.orama.db.tokenizer.tokenize('Zürich rejected', 'english')).toEqual(['zurich', 'reject']);
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
