/** One example: its features, its label (1 answerable, 0 to refuse) and its weight in the fit. */
export interface Example {
  x: number[];
  y: 0 | 1;
  weight: number;
}

/** Solves a·v = b by Gaussian elimination with partial pivoting (small, dense systems). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * v[c]!;
    v[r] = sum / m[r]![r]!;
  }
  return v;
}

/**
 * Weighted L2-regularised logistic regression by Newton's method (iteratively reweighted least
 * squares): deterministic, a few iterations for a dozen features. Features are standardised first;
 * the returned weights apply to the raw features.
 */
export function fitLogistic(examples: readonly Example[], lambda = 1e-3, iterations = 30): { weights: number[]; bias: number } {
  const d = examples[0]!.x.length;
  const total = examples.reduce((s, e) => s + e.weight, 0);
  const mean = Array.from({ length: d }, (_, j) => examples.reduce((s, e) => s + e.weight * e.x[j]!, 0) / total);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(examples.reduce((s, e) => s + e.weight * (e.x[j]! - mean[j]!) ** 2, 0) / total) || 1);
  const rows = examples.map((e) => [1, ...e.x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    // Objective: the weighted mean log loss plus lambda/2 times the squared weights (not the bias).
    const hessian = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j && i > 0 ? lambda : 0)));
    const gradient = beta.map((b, i) => (i > 0 ? lambda * b : 0));
    rows.forEach((row, k) => {
      const { y, weight } = examples[k]!;
      const p = 1 / (1 + Math.exp(-row.reduce((s, v, i) => s + v * beta[i]!, 0)));
      const g = (weight * (p - y)) / total;
      const h = (weight * p * (1 - p)) / total;
      for (let i = 0; i <= d; i++) {
        gradient[i]! += g * row[i]!;
        for (let j = 0; j <= d; j++) hessian[i]![j]! += h * row[i]! * row[j]!;
      }
    });
    const step = solve(hessian, gradient);
    for (let i = 0; i <= d; i++) beta[i]! -= step[i]!;
  }
  const weights = Array.from({ length: d }, (_, j) => beta[j + 1]! / sd[j]!);
  const bias = beta[0]! - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return { weights, bias };
}
