import { buildBenchCorpus } from '../../bench/corpus.js';
import { buildIndex, createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook } from '../../src/answer/quotes.js';
import type { Corpus } from '../../src/corpus/types.js';
import { devSetPath, HELD_OUT_PATH, readDevSet, type DevSet } from './dev-set.js';
import { scoreSystem, type Scores, type System } from './metrics.js';

// `npx tsx scripts/eval/distractors.ts [--sizes 10000,100000] [--verbose]`: /ask quality with the story
// buried among the benchmark's State of the Union distractors (built by bench/corpus.ts), against the
// seeds alone, for the dev and held-out questions. A distractor never counts as relevant, even when it
// holds a gold phrase (as the benchmark scores it). Each buried size is also scored without the
// `stories` stage (ranking inside a story by the story's own statistics), on the same index and quote book.
const argv = process.argv.slice(2);
const sizesAt = argv.indexOf('--sizes');
const sizes = (sizesAt >= 0 ? argv[sizesAt + 1]! : '10000').split(',').map(Number);
const verbose = argv.includes('--verbose');
const sets: Array<[string, DevSet]> = [
  ['dev', readDevSet(devSetPath(argv))],
  ['held-out', readDevSet(HELD_OUT_PATH)],
];

function storyOnly(corpus: Corpus, storySources: ReadonlySet<string>, engine: ReturnType<typeof createEngine>): System {
  const sourceOf = new Map(corpus.passages.map((passage) => [passage.id, passage.sourceId]));
  return (question) => {
    const result = engine.ask(question, { limit: 5 });
    // A distractor's text is blanked so it can never match a gold phrase.
    const passages = result.passages.map((hit) => (storySources.has(sourceOf.get(hit.id) ?? hit.sourceId) ? hit.text : ''));
    const answer = result.answer && storySources.has(sourceOf.get(result.answer.passageId) ?? '') ? result.answer.text : null;
    return { answered: result.answered, answer, passages };
  };
}

const line = (name: string, s: Scores, n: number): string =>
  `${name.padEnd(28)} R@1 ${s.r1.toFixed(3)} (${Math.round(s.r1 * n)}/${n})  R@3 ${s.r3.toFixed(2)}  MRR@5 ${s.mrr5.toFixed(3)}  rejected ${s.rejected}/${s.unanswerable}  false-rej ${s.falseRejections}`;

for (const size of [null, ...sizes]) {
  const started = performance.now();
  const { corpus, storySources } = await buildBenchCorpus(size);
  const index = buildIndex(corpus);
  const quoteBook = buildQuoteBook(corpus);
  const built = performance.now() - started;
  const variants: Array<[string, boolean]> = size === null ? [['', true]] : [['', true], [' w/o stories', false]];
  for (const [name, set] of sets) {
    for (const [suffix, stories] of variants) {
      const scores = scoreSystem(storyOnly(corpus, storySources, createEngine(corpus, { index, quoteBook, features: { stories } })), set);
      process.stdout.write(`${line(`${name} ${size ?? 'seeds'}${suffix}`, scores, set.answerable.length)}\n`);
      if (verbose) for (const miss of scores.misses) process.stdout.write(`    ${miss}\n`);
    }
  }
  process.stderr.write(`  (${corpus.passages.length} passages, built in ${(built / 1000).toFixed(1)} s)\n`);
}
