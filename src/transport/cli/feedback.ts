import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { feedbackQuestions, tallyVotes, votesInLog } from '../feedback.js';
import { CliError, type CliCommand } from './context.js';

const USAGE = 'storybot feedback [--json] [LOG_FILE]   (or the log on stdin)';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `storybot feedback`: the 👍/👎 votes of a bot's log (the pino lines of `start` or `serve`), as
 * the evaluation's question format with `--json`, else one line per voted answer.
 */
export const run: CliCommand = async (args, context) => {
  let json: boolean;
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: true });
    if (positionals.length > 1) throw new Error('one log file at most');
    json = values.json === true;
    file = positionals[0];
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: ${USAGE})`);
  }
  const stdin = context.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
  if (file === undefined && stdin.isTTY) throw new CliError(`give the bot's log file, or pipe it in (usage: ${USAGE})`);
  let log: string;
  try {
    log = file === undefined || file === '-' ? await readAll(stdin) : await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const tallies = tallyVotes(votesInLog(log));
  if (json) {
    context.out(JSON.stringify(feedbackQuestions(tallies), null, 2));
    return 0;
  }
  if (tallies.length === 0) {
    context.out('No votes in this log.');
    return 0;
  }
  for (const tally of tallies) {
    context.out(`👍 ${tally.up}  👎 ${tally.down}  ${tally.q}\n    → ${tally.answer ?? '(no answer now)'}`);
  }
  return 0;
};
