export interface BenchArgs {
  /** Total passages per run; null: the story's articles alone. */
  sizes: Array<number | null>;
  json: boolean;
  rounds: number;
  budgetMs: number;
  unpatchedBudgetMs: number;
  /** A size still running after this long is stopped and reported as failed. */
  timeoutMs: number;
}

const USAGE = `usage: npm run bench [-- --sizes seeds,10000,100000] [--huge] [--json] [--rounds N] [--budget SECONDS] [--unpatched-budget SECONDS] [--timeout MINUTES]
  --sizes             passages per corpus, comma-separated; "seeds" is the story's articles alone (default seeds,10000,100000)
  --huge              also 1,000,000 passages (several GB of memory, many minutes)
  --json              one JSON line last on stdout
  --rounds            timed passes over the queries per engine (default 5)
  --budget            seconds allowed per engine and measurement (default 10)
  --unpatched-budget  seconds for one pass through stock Orama, without the linear findAllWords (default 10; 0 skips it)
  --timeout           minutes after which one size is stopped and reported as failed (default 20)`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
  }
}

function parseSize(text: string): number | null {
  if (text === 'seeds') return null;
  const size = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`not a size: ${text}`);
  return size;
}

function positive(name: string, text: string | undefined, allowZero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new UsageError(`${name} needs a positive number`);
  return value;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: [null, 10_000, 100_000], json: false, rounds: 5, budgetMs: 10_000, unpatchedBudgetMs: 10_000, timeoutMs: 20 * 60_000 };
  let huge = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    if (flag === '--sizes') args.sizes = (value() ?? '').split(',').map(parseSize);
    else if (flag === '--huge') huge = true;
    else if (flag === '--json') args.json = true;
    else if (flag === '--rounds') args.rounds = Math.round(positive(flag, value()));
    else if (flag === '--budget') args.budgetMs = positive(flag, value()) * 1000;
    else if (flag === '--unpatched-budget') args.unpatchedBudgetMs = positive(flag, value(), true) * 1000;
    else if (flag === '--timeout') args.timeoutMs = positive(flag, value()) * 60_000;
    else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option: ${flag}`);
  }
  if (huge && !args.sizes.includes(1_000_000)) args.sizes.push(1_000_000);
  return args;
}
