import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openEngine } from '../../answer/open.js';
import { whereOf } from '../../answer/filters.js';
import type { AskOptions, AskResult } from '../../answer/types.js';
import { renderAsk } from '../../render/terminal/ask.js';
import { CliError, type CliCommand } from './context.js';

const USAGE = 'storybot ask ["question"] [--json] [--limit N] [--outlet NAME] [--since YYYY-MM-DD] [--until YYYY-MM-DD]';

interface AskArgs {
  question: string | null;
  json: boolean;
  limit: number;
  filters: Pick<AskOptions, 'outlet' | 'since' | 'until'>;
}

function parse(args: string[]): AskArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, outlet: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const limit = values.limit === undefined ? 3 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a whole number ≥ 1');
    const question = positionals.join(' ').trim();
    const filters = { ...(values.outlet ? { outlet: values.outlet } : {}), ...(values.since ? { since: values.since } : {}), ...(values.until ? { until: values.until } : {}) };
    // Checked before the corpus is loaded: a mistyped date is told at once.
    whereOf(filters);
    return { question: question || null, json: values.json === true, limit, filters };
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
 * `storybot ask "question"`: the sentence that answers and its passages. Without a question, reads
 * one question per line from stdin and writes one JSON object per line.
 */
export const run: CliCommand = async (args, context) => {
  const options = parse(args);
  const { engine, corpus } = await openEngine(context.config, context.logger);
  if (options.question !== null) {
    const result = engine.ask(options.question, { limit: options.limit, ...options.filters });
    const color = options.json ? false : (process.stdout as { isTTY?: boolean }).isTTY === true;
    context.out(options.json ? JSON.stringify(askJson(result)) : renderAsk(result, { color, sources: new Map(corpus.sources.map((source) => [source.id, source])) }));
    return 0;
  }
  for await (const line of createInterface({ input: context.stdin, crlfDelay: Infinity })) {
    const question = line.trim();
    if (question) context.out(JSON.stringify(askJson(engine.ask(question, { limit: options.limit, ...options.filters }))));
  }
  return 0;
};
