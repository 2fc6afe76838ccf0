import { existsSync } from 'node:fs';
import { ConfigError, getConfig } from '../../config.js';
import { CorpusError } from '../../corpus/errors.js';
import { createLogger } from '../../log.js';
import { CliError, type CliCommand, type CliContext } from './context.js';
import { commandUsage, didYouMean, usage } from './help.js';
import { BUNDLED_CORPUS, packageVersion } from './package-info.js';
import { detectTerminal } from './terminal.js';

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
      const topic = name === 'help' ? args[0] : undefined;
      process.stdout.write(`${topic !== undefined && COMMANDS[topic] ? commandUsage(topic) : usage()}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
      process.stdout.write(`storybot ${packageVersion()}\n`);
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) {
      const guess = didYouMean(name);
      throw new CliError(`unknown command "${name}"${guess ? `: did you mean "storybot ${guess}"?` : ''} (storybot --help lists them)`);
    }
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${commandUsage(name)}\n`);
      return 0;
    }
    const config = getConfig(name);
    if (corpus !== null) config.corpusDir = corpus;
    // Neither --corpus, CORPUS_DIR (environment or .env) nor a ./corpus folder: the articles that ship with storybot.
    else if (!process.env.CORPUS_DIR?.trim() && !existsSync(config.corpusDir)) config.corpusDir = BUNDLED_CORPUS;
    // A one-shot command speaks through its output: without LOG_LEVEL it logs warnings only.
    const level = (process.env.LOG_LEVEL?.trim() || SERVICES.has(name)) ? config.logLevel : 'warn';
    const context: CliContext = {
      config,
      logger: createLogger(level),
      out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      stdin: process.stdin,
      terminal: detectTerminal(),
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
