/** Nearest-rank percentile of samples (milliseconds). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  /** How many timed calls the percentiles rest on. */
  samples: number;
}

export interface RoundLimits {
  /** Untimed passes first (JIT, caches), within a quarter of the budget. */
  warmup: number;
  /** Timed passes over every input, at most. */
  rounds: number;
  /** No new timed pass starts after this long. */
  budgetMs: number;
  /** The first timed pass covers every input unless it takes longer than this. */
  firstPassMs: number;
}

/** Calls `call` on inputs in order until they run out or the deadline passes; returns each call's milliseconds. */
async function pass<T>(inputs: readonly T[], call: (input: T) => unknown, deadline: number): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    if (performance.now() > deadline) break;
    const start = performance.now();
    await call(input);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times `call` over every input, round after round, within a time budget so that a slow engine
 * cannot stall the run, yet every input is timed at least once unless one pass is absurdly slow.
 */
export async function timeCalls<T>(inputs: readonly T[], call: (input: T) => unknown, limits: RoundLimits): Promise<Latency> {
  const warmupDeadline = performance.now() + limits.budgetMs / 4;
  for (let round = 0; round < limits.warmup; round++) await pass(inputs, call, warmupDeadline);
  const start = performance.now();
  const samples = await pass(inputs, call, start + limits.firstPassMs);
  for (let round = 1; round < limits.rounds && performance.now() < start + limits.budgetMs; round++) {
    samples.push(...(await pass(inputs, call, start + limits.budgetMs)));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), samples: samples.length };
}

/** Milliseconds `work` takes, with its result. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
