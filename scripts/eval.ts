import { resolve } from 'node:path';
import { evaluateAsk } from './eval/ask.js';
import { evaluateQuotes } from './eval/quotes.js';

// `npm run eval [-- --quick] [--ablation] [--corpus DIR] [--verbose] [--no-quotes] [--sets TEXT] [--training]`: every set, PASS/FAIL per target.
// The exit code is 0 unless something crashed: missed targets are reported, not fatal.
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const seedsDir = resolve(option('--corpus') ?? process.env.CORPUS_DIR ?? 'corpus');
const quick = argv.includes('--quick');

const sections = [await evaluateAsk({ seedsDir, quick, ablation: argv.includes('--ablation'), verbose: argv.includes('--verbose'), only: option('--sets'), fold: argv.includes('--training') ? 'training' : 'validation' })];
if (!quick && !argv.includes('--no-quotes')) sections.push(await evaluateQuotes());
for (const section of sections) {
  process.stdout.write(`\n== ${section.title} ${section.pass ? '(all targets PASS)' : '(some targets FAIL)'}\n${section.lines.join('\n')}\n`);
}
