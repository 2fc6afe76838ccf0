import { parseArgs } from 'node:util';
import { openEngine } from '../../answer/open.js';
import type { QuoteHit } from '../../answer/types.js';
import { renderQuotes, renderSpeakers } from '../../render/terminal/quote.js';
import { CliError, type CliCommand } from './context.js';
import { PLAIN_TERMINAL } from './terminal.js';

const USAGE = 'storybot quote ["text"] [--speaker NAME] [--limit N] [--json] | storybot quote --speakers [PREFIX] [--json]';

function parse(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { speaker: { type: 'string' }, speakers: { type: 'boolean' }, json: { type: 'boolean' }, limit: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new Error('--limit needs a whole number ≥ 1');
    const text = positionals.join(' ').trim();
    return { text: text || null, speaker: values.speaker?.trim() || undefined, speakers: values.speakers === true, json: values.json === true, limit };
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (usage: ${USAGE})`);
  }
}

/** The JSON shape of one quote: fixed key order, variants cited to their passages. */
const toJson = (hit: QuoteHit) => ({
  text: hit.text,
  speaker: hit.speaker,
  role: hit.role,
  reportedBy: hit.reportedBy ?? null,
  sourceId: hit.sourceId,
  passageId: hit.passageId,
  variants: hit.variants.map((v) => ({ text: v.text, sourceId: v.sourceId, passageId: v.passageId })),
});

/** `storybot quote`: who said what, and how each outlet rendered it; `--speakers` lists who is quoted. Exit code 1 when nothing matches. */
export const run: CliCommand = async (args, context) => {
  const options = parse(args);
  if (!options.speakers && options.text === null && options.speaker === undefined) {
    throw new CliError(`give the words to look for, --speaker NAME, or --speakers (usage: ${USAGE})`);
  }
  const { width } = context.terminal ?? PLAIN_TERMINAL;
  const { engine, corpus } = await openEngine(context.config, context.logger, { quotes: true });
  if (options.speakers) {
    const speakers = engine.speakers(options.text ?? undefined);
    context.out(options.json ? JSON.stringify({ speakers }) : renderSpeakers(speakers, width));
    return speakers.length > 0 ? 0 : 1;
  }
  const result = engine.quote(options.text, { speaker: options.speaker, limit: options.limit ?? (options.text ? undefined : 100) });
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  context.out(options.json ? JSON.stringify({ query: result.query, quotes: result.quotes.map(toJson) }) : renderQuotes(result, { width, sources }));
  return result.quotes.length > 0 ? 0 : 1;
};
