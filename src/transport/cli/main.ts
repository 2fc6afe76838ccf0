import { ConfigError, getConfig } from '../../config.js';
import { CorpusError } from '../../corpus/errors.js';
import { createLogger } from '../../log.js';
import { CliError, type CliCommand, type CliContext } from './context.js';

const USAGE = `usage: storybot [--corpus DIR] <command> [options]

commands:
  sources [--json]                         every article of the corpus
  passages [--json]                        every indexed passage
  ask ["question"] [--json] [--limit N]    the sentence that answers, with its passages
      [--outlet NAME] [--since DATE] [--until DATE]   only articles of that outlet and dates
  quote ["text"] [--speaker NAME] [--json] who said what, and each outlet's wording
  quote --speakers [--json]                speakers with their quote counts
  index                                    write the index snapshot for a large corpus
  start                                    run the Discord bot over the gateway
  serve [--workers N]                      run the HTTP interactions endpoint (N replicas)
  deploy [--guild ID]                      register the slash commands with Discord
  feedback [--json] [LOG_FILE]             the 👍/👎 votes in a bot's log (or stdin), as eval questions

options:
  --corpus DIR   the corpus folder (default ./corpus, or CORPUS_DIR)
  --help         this text`;

/** Commands that keep running: their info lines (start-up, one per interaction) are the operator's view. */
const SERVICES = new Set(['start', 'serve']);

// Loaded lazily so that `storybot sources` does not pay for discord.js.
const COMMANDS: Record<string, () => Promise<{ run: CliCommand }>> = {
  sources: () => import('./sources.js'),
  passages: () => import('./passages.js'),
  ask: () => import('./ask.js'),
  quote: () => import('./quote.js'),
  index: () => import('./index-snapshot.js'),
  start: () => import('./start.js'),
  serve: () => import('./serve.js'),
  deploy: () => import('./deploy.js'),
  feedback: () => import('./feedback.js'),
};

/** Splits out the global `--corpus DIR` option, wherever it stands. */
function takeCorpusOption(argv: string[]): { corpus: string | null; rest: string[] } {
  const rest: string[] = [];
  let corpus: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--corpus') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new CliError('--corpus needs a folder: --corpus DIR');
      corpus = value;
    } else if (arg.startsWith('--corpus=')) {
      corpus = arg.slice('--corpus='.length);
    } else {
      rest.push(arg);
    }
  }
  return { corpus, rest };
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { corpus, rest } = takeCorpusOption(argv);
    const [name, ...args] = rest;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return name === undefined ? 2 : 0;
    }
    const load = COMMANDS[name];
    if (!load) throw new CliError(`unknown command "${name}" (try: storybot --help)`);
    const config = getConfig();
    if (corpus !== null) config.corpusDir = corpus;
    // A one-shot command speaks through its output: without LOG_LEVEL it logs warnings only.
    const level = (process.env.LOG_LEVEL?.trim() || SERVICES.has(name)) ? config.logLevel : 'warn';
    const context: CliContext = {
      config,
      logger: createLogger(level),
      out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      stdin: process.stdin,
    };
    const { run } = await load();
    return await run(args, context);
  } catch (error) {
    // A missing corpus folder (from any command that loads it) is a user error too: one line, exit 2.
    if (error instanceof CliError || error instanceof CorpusError) {
      process.stderr.write(`storybot: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`storybot: ${problem}\n`);
      return 2;
    }
    process.stderr.write(`storybot: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}
