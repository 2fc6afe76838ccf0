import { seededRandom } from '../../bench/prng.js';

/**
 * The 95% percentile-bootstrap interval of a mean: the questions resampled with replacement 1,000
 * times. Shows how much of a difference between two figures is noise.
 */
export function interval(values: readonly number[], resamples = 1000, seed = 12): [number, number] {
  const n = values.length;
  if (n === 0) return [0, 0];
  const random = seededRandom(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  return [means[Math.floor(0.025 * resamples)]!, means[Math.ceil(0.975 * resamples) - 1]!];
}
