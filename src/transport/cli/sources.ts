import { renderTable } from '../../render/terminal/table.js';
import type { CliCommand } from './context.js';
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
  const table = renderTable(
    ['ID', 'DATE', 'OUTLET', 'HEADLINE', 'PARAS', 'WORDS'],
    sources.map((s) => [s.id, s.date ?? unknown, s.outlet ?? unknown, s.title ?? unknown, String(s.paragraphs), String(s.words)]),
    { align: ['left', 'left', 'left', 'left', 'right', 'right'], maxWidth: [undefined, undefined, 36, 60] },
  );
  const links = renderTable(['ID', 'ADDRESS'], sources.map((s) => [s.id, s.url ?? unknown]));
  const words = sources.reduce((sum, s) => sum + s.words, 0);
  const skipped = corpus.warnings.length > 0 ? `, ${corpus.warnings.length} warning(s) on stderr` : '';
  context.out(`${table}\n\n${links}\n\n${sources.length} articles, ${corpus.passages.length} passages, ${words} words${skipped}`);
  return 0;
};
