import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Terminal } from './terminal.js';

/** What every CLI subcommand gets: validated config, a stderr logger, and stdout. */
export interface CliContext {
  config: Config;
  logger: Logger;
  /** Writes to stdout: results only, never logs. */
  out(text: string): void;
  stdin: NodeJS.ReadableStream;
  /** How human output is laid out; absent (tests, scripts): 80 columns, no styles, nobody typing. */
  terminal?: Terminal;
}

export type CliCommand = (args: string[], context: CliContext) => Promise<number>;

/** A user-facing failure: one line on stderr, no stack trace, and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
