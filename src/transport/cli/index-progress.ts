/**
 * What `storybot index` is doing, on a terminal: one line per stage with what it works on and an
 * estimate of how long it takes (the build runs synchronously, so a stage's line is written before it
 * starts). Nothing is written when stderr is not a terminal: logs and scripts see only the result.
 */
export interface IndexProgress {
  stage(text: string): void;
  done(): void;
}

/** Rough costs per passage on one core, measured with npm run bench (docs/performance.md). */
const INDEX_MS_PER_PASSAGE = 0.15;
const QUOTES_MS_PER_PASSAGE = 0.7;
const WORDNET_MS = 1000;
/** Loading the NLP library (compromise) in the quote worker. */
const NLP_LOAD_MS = 1500;

/** The expected time of the index and quote build for this many passages (quotes on two threads alongside the index). */
export function estimateBuildMs(passages: number): number {
  return WORDNET_MS + NLP_LOAD_MS + Math.max(INDEX_MS_PER_PASSAGE * passages, (INDEX_MS_PER_PASSAGE * passages + QUOTES_MS_PER_PASSAGE * passages) / 2);
}

export function formatDuration(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

export function indexProgress(stream: NodeJS.WriteStream = process.stderr): IndexProgress {
  if (!stream.isTTY) return { stage: () => undefined, done: () => undefined };
  const started = performance.now();
  return {
    stage: (text) => void stream.write(`[${formatDuration(performance.now() - started)}] ${text}\n`),
    done: () => undefined,
  };
}
