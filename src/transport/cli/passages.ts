import type { Passage, Source } from '../../corpus/types.js';
import { wrap } from '../../render/terminal/wrap.js';
import type { CliCommand } from './context.js';
import { PLAIN_TERMINAL } from './terminal.js';
import { loadConfiguredCorpus, parseJsonFlag } from './corpus-args.js';

const USAGE = 'storybot passages [--json]';

function heading(source: Source): string {
  const facts = [source.outlet, source.title, source.date].filter((f): f is string => f !== null);
  return `== ${source.id}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`;
}

function describe(passage: Passage, width: number): string {
  const sentences = passage.sentences.map((s) => wrap(s.text, width, { first: '    • ', indent: '      ' })).join('\n');
  return `  ${passage.id}  (characters ${passage.start}–${passage.end}, ${passage.sentences.length} sentence${passage.sentences.length === 1 ? '' : 's'})\n${sentences}`;
}

/** `storybot passages`: every body paragraph as indexed and cited, with its sentences. */
export const run: CliCommand = async (args, context) => {
  const json = parseJsonFlag(args, USAGE);
  const corpus = await loadConfiguredCorpus(context);
  if (json) {
    const passages = corpus.passages.map(({ id, sourceId, paragraph, text, sentences, start, end }) => ({
      id,
      sourceId,
      paragraph,
      text,
      sentences: sentences.map((s) => s.text),
      start,
      end,
    }));
    context.out(JSON.stringify({ passages }));
    return 0;
  }
  const { width } = context.terminal ?? PLAIN_TERMINAL;
  const blocks = corpus.sources.map((source) =>
    [wrap(heading(source), width, { first: '', indent: '   ' }), ...corpus.passages.filter((p) => p.sourceId === source.id).map((p) => describe(p, width))].join('\n\n'),
  );
  context.out(blocks.length > 0 ? `${blocks.join('\n\n')}\n\n${corpus.passages.length} passages from ${corpus.sources.length} articles` : `No articles in ${corpus.dir}.`);
  return 0;
};
