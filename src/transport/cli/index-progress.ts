// How long `storybot index` will take, for its progress line: the build runs synchronously, so the
// estimate is shown before it starts.

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
