import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openEngine } from '../../answer/open.js';
import { whereOf } from '../../answer/filters.js';
import type { AskOptions, AskResult } from '../../answer/types.js';
import { renderAsk } from '../../render/terminal/ask.js';
import { CliError, type CliCommand, type CliContext } from './context.js';
import { PLAIN_TERMINAL, startProgress } from './terminal.js';

/** Passages from which a first index build takes long enough to show a progress line (~1 s). */
const LARGE_CORPUS = 20_000;

const USAGE = 'storybot ask ["question"] [--json] [--limit N] [--outlet NAME] [--since YYYY-MM-DD] [--until YYYY-MM-DD]';

interface AskArgs {
  question: string | null;
  json: boolean;
  limit: number;
  filters: Pick<AskOptions, 'outlet' | 'since' | 'until'>;
}

function parse(args: string[]): AskArgs {
  const options = parseOptions(args);
  if (options.question === '') throw new CliError(`the question is empty (usage: ${USAGE})`);
  return options;
}

function parseOptions(args: string[]): AskArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, outlet: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const limit = values.limit === undefined ? 3 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a whole number ≥ 1');
    // A question given but blank (`ask ""`) is kept as '' to be refused; no question at all is null.
    const question = positionals.length > 0 ? positionals.join(' ').trim() : null;
    const filters = { ...(values.outlet ? { outlet: values.outlet } : {}), ...(values.since ? { since: values.since } : {}), ...(values.until ? { until: values.until } : {}) };
    // Checked before the corpus is loaded: a mistyped date is told at once.
    whereOf(filters);
    return { question, json: values.json === true, limit, filters };
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: ${USAGE})`);
  }
}

/** The documented JSON shape, keys in order (highlights and totals stay internal). */
export function askJson(result: AskResult): object {
  return {
    query: result.query,
    answered: result.answered,
    answer: result.answer ? { text: result.answer.text, passageId: result.answer.passageId } : null,
    passages: result.passages.map((p) => ({
      id: p.id,
      sourceId: p.sourceId,
      outlet: p.outlet,
      title: p.title,
      date: p.date,
      url: p.url,
      paragraph: p.paragraph,
      text: p.text,
      score: p.score,
      alsoIn: p.alsoIn,
    })),
  };
}

/**
 * `storybot ask "question"`: the sentence that answers and its passages; exit code 1 when nothing
 * answers. Without a question: on a terminal, a prompt for one question after another; otherwise one
 * question per line from stdin and one JSON object per line.
 */
export const run: CliCommand = async (args, context) => {
  const options = parse(args);
  const terminal = context.terminal ?? PLAIN_TERMINAL;
  const progress = startProgress('reading the corpus…', { afterMs: 1000 });
  const { engine, corpus } = await openEngine(context.config, context.logger).finally(() => progress.done());
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  // The first question builds the index unless a snapshot held it: on a large corpus, say so.
  let first = corpus.passages.length >= LARGE_CORPUS;
  const answer = (question: string) => {
    const building = first ? startProgress(`indexing ${corpus.passages.length.toLocaleString('en')} passages (storybot index saves this)…`) : null;
    first = false;
    try {
      return engine.ask(question, { limit: options.limit, ...options.filters });
    } finally {
      building?.done();
    }
  };
  const forPeople = (result: AskResult) => renderAsk(result, { color: terminal.color, width: terminal.width, sources });
  if (options.question !== null) {
    const result = answer(options.question);
    context.out(options.json ? JSON.stringify(askJson(result)) : forPeople(result));
    return result.answered ? 0 : 1;
  }
  if (terminal.interactive && !options.json) return prompt(context, (question) => forPeople(answer(question)));
  for await (const line of createInterface({ input: context.stdin, crlfDelay: Infinity })) {
    const question = line.trim();
    if (question) context.out(JSON.stringify(askJson(answer(question))));
  }
  return 0;
};

/** A person at a terminal: one question after another, each answered for reading, until an empty line or Ctrl-D. */
async function prompt(context: CliContext, reply: (question: string) => string): Promise<number> {
  const lines = createInterface({ input: context.stdin, output: process.stdout, terminal: true });
  lines.setPrompt('Question (empty line or Ctrl-D to stop): ');
  lines.prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (!question) break;
    context.out(`\n${reply(question)}\n`);
    lines.prompt();
  }
  lines.close();
  return 0;
}
