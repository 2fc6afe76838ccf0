import { resolve } from 'node:path';
import { evaluateAsk } from './eval/ask.js';
import { devSetPath } from './eval/dev-set.js';
import { evaluateQuotes } from './eval/quotes.js';

// `npm run eval [-- --dev FILE] [--corpus DIR] [--verbose]`: prints every section, PASS/FAIL per target.
// The exit code is 0 unless something crashed: missed targets are reported, not fatal.
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const corpusDir = resolve(option('--corpus') ?? process.env.CORPUS_DIR ?? 'corpus');

const sections = [await evaluateAsk(corpusDir, devSetPath(argv), argv.includes('--verbose')), await evaluateQuotes()];
for (const section of sections) {
  process.stdout.write(`\n== ${section.title} ${section.pass ? '(all targets PASS)' : '(some targets FAIL)'}\n${section.lines.join('\n')}\n`);
}
