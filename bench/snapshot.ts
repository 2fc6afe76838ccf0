import type { Corpus } from '../src/corpus/types.js';
import type { SnapshotFigures } from './baselines.js';

/**
 * storybot's own index snapshot: save time, load time (start-up from it) and size.
 * null while src/index has no snapshot API to call.
 */
export async function measureEngineSnapshot(_corpus: Corpus): Promise<SnapshotFigures | null> {
  return null;
}
