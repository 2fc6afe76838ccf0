import { parseArgs } from 'node:util';
import { CorpusError } from '../../corpus/errors.js';
import { loadCorpus } from '../../corpus/load.js';
import type { Corpus } from '../../corpus/types.js';
import { CliError, type CliContext } from './context.js';

/** Parses `[--json]` for a corpus listing command; anything else is a one-line usage error. */
export function parseJsonFlag(args: string[], usage: string): boolean {
  try {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: false });
    return values.json === true;
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: ${usage})`);
  }
}

/** Loads the configured corpus; a missing folder becomes a one-line CLI error. */
export async function loadConfiguredCorpus(context: CliContext): Promise<Corpus> {
  try {
    return await loadCorpus(context.config.corpusDir, { logger: context.logger });
  } catch (error) {
    if (error instanceof CorpusError) throw new CliError(error.message, error.exitCode);
    throw error;
  }
}
