import type { Passage, Source } from '../../corpus/types.js';
import type { CliCommand } from './context.js';
import { loadConfiguredCorpus, parseJsonFlag } from './corpus-args.js';

const USAGE = 'storybot passages [--json]';
const WIDTH = 100;
const INDENT = '      ';

/** Greedy word wrap for reading in a terminal. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

function heading(source: Source): string {
  const facts = [source.outlet, source.title, source.date].filter((f): f is string => f !== null);
  return `== ${source.id}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`;
}

function describe(passage: Passage): string {
  const sentences = passage.sentences.map((s) => wrap(s.text, WIDTH, INDENT).replace(/^ {6}/, '    • ')).join('\n');
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
  const blocks = corpus.sources.map((source) =>
    [heading(source), ...corpus.passages.filter((p) => p.sourceId === source.id).map(describe)].join('\n\n'),
  );
  context.out(blocks.length > 0 ? `${blocks.join('\n\n')}\n\n${corpus.passages.length} passages from ${corpus.sources.length} articles` : `No articles in ${corpus.dir}.`);
  return 0;
};
