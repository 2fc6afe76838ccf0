import { describe, expect, it } from 'vitest';
import { percentile, timeCalls } from '../../bench/timing.js';

describe('percentile', () => {
  it('is the nearest-rank value', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('timeCalls', () => {
  it('times every input once per round, after the warm-up', async () => {
    const calls: string[] = [];
    const latency = await timeCalls(['a', 'b', 'c'], (input) => calls.push(input), { warmup: 1, rounds: 2, budgetMs: 60_000, firstPassMs: 60_000 });
    expect(latency.samples).toBe(6);
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('stops a slow engine at the first-pass limit instead of stalling the run', async () => {
    const slow = () => new Promise((resolve) => setTimeout(resolve, 30));
    const latency = await timeCalls(Array.from({ length: 100 }, (_, i) => i), slow, { warmup: 0, rounds: 5, budgetMs: 0, firstPassMs: 100 });
    expect(latency.samples).toBeGreaterThanOrEqual(1);
    expect(latency.samples).toBeLessThan(10);
    expect(latency.p50).toBeGreaterThanOrEqual(25);
  });
});
