import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLivingEngine, type LivingEngine } from '../../src/answer/living.js';
import { openEngine } from '../../src/answer/open.js';
import { parseConfig } from '../../src/config.js';
import { memoryLogger } from '../discord/harness.js';
import { corpusCopy, dropArticle, lighthouseArticle, within } from './living-fixture.js';

/** Generous: a bound for a stuck watch, not a speed test (npm run bench measures the delay). */
const WAIT = 10_000;
const QUESTION = 'Who is the lighthouse keeper?';
const cites = (engine: LivingEngine, sourceId: string) => engine.ask(QUESTION).passages.some((p) => p.sourceId === sourceId);

describe('a running engine follows its corpus folder', () => {
  const { corpusDir, snapshotPath } = corpusCopy();
  const log = memoryLogger();
  let engine: LivingEngine;
  afterAll(() => engine?.close());

  it('answers from an article dropped, edited and deleted, never failing a question meanwhile', async () => {
    engine = await openLivingEngine(parseConfig({ CORPUS_DIR: corpusDir, SNAPSHOT_PATH: snapshotPath }), log.logger, { debounceMs: 100 });
    const before = engine.sources().sources.length;
    expect(engine.ask(QUESTION).answered).toBe(false);
    // Questions keep coming while the corpus changes: each cites only articles of the corpus it was answered from.
    let asked = 0;
    const mismatched: string[] = [];
    const asking = setInterval(() => {
      const ids = new Set(engine.sources().sources.map((s) => s.id));
      for (const p of engine.ask(QUESTION).passages) if (!ids.has(p.sourceId)) mismatched.push(p.sourceId);
      asked++;
    }, 10);
    try {
      dropArticle(corpusDir, 'harbour', lighthouseArticle('Maren Okafor'), { outlet: 'Harbour Gazette', title: 'Lighthouse to shine again', date: '2025-06-03' });
      await within(WAIT, () => cites(engine, 'harbour'), 'the dropped article answers');
      expect(engine.ask(QUESTION).answer?.text).toContain('Maren Okafor');
      const listed = engine.sources().sources;
      expect(listed).toHaveLength(before + 1);
      expect(listed.find((s) => s.id === 'harbour')).toMatchObject({ outlet: 'Harbour Gazette', title: 'Lighthouse to shine again', date: '2025-06-03', paragraphs: 3 });

      writeFileSync(join(corpusDir, 'harbour.txt'), lighthouseArticle('Tobias Lind'));
      await within(WAIT, () => engine.ask(QUESTION).answer?.text.includes('Tobias Lind') === true, 'the edited article answers');
      expect(JSON.stringify(engine.ask(QUESTION))).not.toContain('Maren Okafor');

      rmSync(join(corpusDir, 'harbour.txt'));
      rmSync(join(corpusDir, 'harbour.meta.json'));
      await within(WAIT, () => !cites(engine, 'harbour'), 'the deleted article is gone');
      expect(engine.sources().sources).toHaveLength(before);
    } finally {
      clearInterval(asking);
    }
    expect(asked).toBeGreaterThan(10);
    expect(mismatched).toEqual([]);
    const changes = log.lines.filter((line) => line.msg === 'corpus changed: answering from it now');
    expect(changes.map((line) => [line.added, line.removed])).toContainEqual([['harbour'], []]);
    expect(changes.map((line) => [line.added, line.removed])).toContainEqual([[], ['harbour']]);
    // The snapshot was rewritten after the change: a restart starts from it.
    await engine.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const restart = memoryLogger();
    const { engine: restarted } = await openEngine(parseConfig({ CORPUS_DIR: corpusDir, SNAPSHOT_PATH: snapshotPath }), restart.logger);
    expect(restart.lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(true);
    expect(restarted.ask(QUESTION)).toEqual(engine.ask(QUESTION));
  });

  it('logs a bad file once when it arrives, not again when another file changes', async () => {
    await engine.settled();
    writeFileSync(join(corpusDir, 'notes.txt'), '\n\n');
    const warned = (name: string) => log.lines.filter((line) => line.level === 40 && String(line.file ?? '').endsWith(name));
    await within(WAIT, () => warned('notes.txt').length > 0, 'the empty file is reported');
    dropArticle(corpusDir, 'harbour2', lighthouseArticle('Ines Varga'), { outlet: 'Coast Weekly', date: '2025-06-04' });
    await within(WAIT, () => cites(engine, 'harbour2'), 'the next article answers');
    await engine.settled();
    expect(warned('notes.txt')).toHaveLength(1);
  });
});
