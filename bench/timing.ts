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
  /** The same percentiles in CPU time of this process: what the figures would be on an idle machine. */
  cpu: { p50: number; p99: number };
}

/** CPU milliseconds used by this process so far (all its threads). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
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
interface Samples {
  wall: number[];
  cpu: number[];
}

async function pass<T>(inputs: readonly T[], call: (input: T) => unknown, deadline: number, samples: Samples): Promise<void> {
  for (const input of inputs) {
    if (performance.now() > deadline) break;
    const cpuStart = cpuMs();
    const start = performance.now();
    await call(input);
    samples.wall.push(performance.now() - start);
    samples.cpu.push(cpuMs() - cpuStart);
  }
}

/**
 * Times `call` over every input, round after round, within a time budget so that a slow engine
 * cannot stall the run, yet every input is timed at least once unless one pass is absurdly slow.
 */
export async function timeCalls<T>(inputs: readonly T[], call: (input: T) => unknown, limits: RoundLimits): Promise<Latency> {
  const warmupDeadline = performance.now() + limits.budgetMs / 4;
  for (let round = 0; round < limits.warmup; round++) await pass(inputs, call, warmupDeadline, { wall: [], cpu: [] });
  const start = performance.now();
  const samples: Samples = { wall: [], cpu: [] };
  await pass(inputs, call, start + limits.firstPassMs, samples);
  for (let round = 1; round < limits.rounds && performance.now() < start + limits.budgetMs; round++) {
    await pass(inputs, call, start + limits.budgetMs, samples);
  }
  const { wall, cpu } = samples;
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    p99: percentile(wall, 99),
    samples: wall.length,
    cpu: { p50: percentile(cpu, 50), p99: percentile(cpu, 99) },
  };
}

/** Milliseconds `work` takes (wall clock, and CPU time of this process), with its result. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpuStart = cpuMs();
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, cpuMs: cpuMs() - cpuStart, value };
}
