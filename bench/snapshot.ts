import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type WarmableEngine } from '../src/answer/engine.js';
import { QUOTE_BOOK_ATTACHMENT, STORIES_ATTACHMENT } from '../src/answer/open.js';
import { isStoryAssignment } from '../src/answer/stories.js';
import { restoreQuoteBook, serializeQuoteBook, type QuoteBookData } from '../src/answer/quotes.js';
import type { Corpus } from '../src/corpus/types.js';
import type { PassageIndex } from '../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot } from '../src/index/snapshot.js';
import type { SnapshotFigures } from './baselines.js';
import { timed } from './timing.js';

/**
 * storybot's own snapshot, as `storybot index` writes it (the index with the quote book and the
 * stories attached): save and load time, size, and start-up from it the way openEngine does it
 * (load, restore the quote book, create the engine and warm it), the corpus already in memory.
 */
export async function measureEngineSnapshot(corpus: Corpus, index: PassageIndex, engine: WarmableEngine): Promise<SnapshotFigures & { startup_ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-bench-'));
  try {
    const path = join(dir, 'index.snapshot');
    const saved = await timed(() => saveSnapshot(path, index, corpus.passages, { [QUOTE_BOOK_ATTACHMENT]: serializeQuoteBook(engine.quoteBook()), [STORIES_ATTACHMENT]: engine.storyAssignment() }));
    const startup = await timed(async () => {
      const loaded = await timed(() => loadSnapshot(path, corpus.passages));
      if (!('index' in loaded.value)) throw new Error(`snapshot did not load back: ${loaded.value.reason}`);
      const data = loaded.value.attachments[QUOTE_BOOK_ATTACHMENT] as QuoteBookData | undefined;
      if (!data) throw new Error('snapshot has no quote book');
      const stories = loaded.value.attachments[STORIES_ATTACHMENT];
      if (!isStoryAssignment(stories, corpus)) throw new Error('snapshot has no stories');
      // Warm, as `storybot start` and `serve` open it: speaker attributions and the stories' runs ready before the first question.
      createEngine(corpus, { index: loaded.value.index, quoteBook: restoreQuoteBook(data), stories }).warm();
      return loaded.ms;
    });
    return { save_ms: saved.ms, load_ms: startup.value, bytes: saved.value, startup_ms: startup.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
