import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchCorpus } from '../../bench/corpus.js';
import { buildIndex, createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook } from '../../src/answer/quotes.js';
import type { Engine } from '../../src/answer/types.js';
import { HELD_OUT_PATH, readDevSet } from '../../scripts/eval/dev-set.js';

// The story's four articles among 3,000 passages of State of the Union prose (the benchmark's corpus).
const QUESTIONS = readDevSet(HELD_OUT_PATH).answerable.map(({ q }) => q);

describe('/ask with the story buried among other articles', () => {
  let alone: Engine;
  let buried: (stories: boolean) => Engine;
  let storySources: Set<string>;

  beforeAll(async () => {
    alone = createEngine((await buildBenchCorpus(null)).corpus);
    const bench = await buildBenchCorpus(3_000);
    storySources = bench.storySources;
    const index = buildIndex(bench.corpus);
    const quoteBook = buildQuoteBook(bench.corpus);
    buried = (stories) => createEngine(bench.corpus, { index, quoteBook, features: { stories } });
  }, 60_000);

  /** Per question: the story passage ranked first alone, and the first story passage among the buried engine's ten best. */
  function compare(engine: Engine): { compared: number; differing: string[] } {
    const differing: string[] = [];
    let compared = 0;
    for (const question of QUESTIONS) {
      const first = engine.ask(question, { limit: 10 }).passages.find((hit) => storySources.has(hit.sourceId));
      if (!first) continue;
      compared++;
      if (first.id !== alone.ask(question, { limit: 1 }).passages[0]?.id) differing.push(question);
    }
    return { compared, differing };
  }

  it('answers from the same passage of the story as the story alone does', () => {
    const { compared, differing } = compare(buried(true));
    expect(compared).toBeGreaterThanOrEqual(45);
    expect(differing).toEqual([]);
  });

  it('would not without ranking inside the story by its own statistics (the corpus-wide weights reorder it)', () => {
    expect(compare(buried(false)).differing.length).toBeGreaterThan(0);
  });
});
