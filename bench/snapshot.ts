import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexedPassage, PassageIndex } from '../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot } from '../src/index/snapshot.js';
import type { SnapshotFigures } from './baselines.js';
import { timed } from './timing.js';

/** storybot's own index snapshot (what `storybot index` writes and start-up reads): save and load time, size on disk. */
export async function measureEngineSnapshot(index: PassageIndex, passages: readonly IndexedPassage[]): Promise<SnapshotFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-bench-'));
  try {
    const path = join(dir, 'index.json');
    const saved = await timed(() => saveSnapshot(path, index, passages));
    const loaded = await timed(() => loadSnapshot(path, passages));
    if (!('index' in loaded.value)) throw new Error(`snapshot did not load back: ${loaded.value.reason}`);
    return { save_ms: saved.ms, load_ms: loaded.ms, bytes: saved.value };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
