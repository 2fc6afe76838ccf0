import { renderTable } from '../../render/terminal/table.js';
import type { CliCommand } from './context.js';
import { PLAIN_TERMINAL } from './terminal.js';
import { loadConfiguredCorpus, parseJsonFlag } from './corpus-args.js';

const USAGE = 'storybot sources [--json]';

/** `storybot sources`: every article of the corpus with its metadata and size. */
export const run: CliCommand = async (args, context) => {
  const json = parseJsonFlag(args, USAGE);
  const corpus = await loadConfiguredCorpus(context);
  const sources = corpus.sources.map(({ id, outlet, title, date, url, paragraphs, words }) => ({ id, outlet, title, date, url, paragraphs, words }));
  if (json) {
    context.out(JSON.stringify({ sources }));
    return 0;
  }
  if (sources.length === 0) {
    context.out(`No articles in ${corpus.dir}.`);
    return 0;
  }
  const unknown = '—';
  // Numbered rather than keyed by file id, so the table fits 80 columns; the ids go with the addresses.
  const table = renderTable(
    ['#', 'DATE', 'OUTLET', 'HEADLINE', 'PARAS', 'WORDS'],
    sources.map((s, i) => [String(i + 1), s.date ?? unknown, s.outlet ?? unknown, s.title ?? unknown, String(s.paragraphs), String(s.words)]),
    { align: ['right', 'left', 'left', 'left', 'right', 'right'], maxWidth: [undefined, undefined, 36, 60], width: (context.terminal ?? PLAIN_TERMINAL).width },
  );
  const links = renderTable(['#', 'ID', 'ADDRESS'], sources.map((s, i) => [String(i + 1), s.id, s.url ?? unknown]), { align: ['right'] });
  const words = sources.reduce((sum, s) => sum + s.words, 0);
  const skipped = corpus.warnings.length > 0 ? `, ${corpus.warnings.length} warning(s) on stderr` : '';
  context.out(`${table}\n\n${links}\n\n${sources.length} articles, ${corpus.passages.length} passages, ${words} words${skipped}`);
  return 0;
};
