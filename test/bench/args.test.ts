import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../bench/args.js';

describe('bench arguments', () => {
  it('defaults to the seeds, 10k and 100k passages, table only', () => {
    expect(parseArgs([])).toMatchObject({ sizes: [null, 10_000, 100_000], json: false });
  });

  it('reads sizes, --json and puts 1M behind --huge', () => {
    expect(parseArgs(['--sizes', '10000,100_000', '--json'])).toMatchObject({ sizes: [10_000, 100_000], json: true });
    expect(parseArgs(['--sizes', 'seeds', '--huge']).sizes).toEqual([null, 1_000_000]);
    expect(parseArgs(['--budget', '2', '--unpatched-budget', '0'])).toMatchObject({ budgetMs: 2000, unpatchedBudgetMs: 0 });
  });

  it('refuses what it does not understand, with the usage', () => {
    expect(() => parseArgs(['--sizes', 'many'])).toThrow(UsageError);
    expect(() => parseArgs(['--size', '10'])).toThrow(/unknown option: --size[\s\S]*usage: npm run bench/);
    expect(() => parseArgs(['--rounds', '-1'])).toThrow(UsageError);
  });
});
