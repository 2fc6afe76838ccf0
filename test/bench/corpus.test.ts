import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBenchCorpus, CORPUS_DIR } from '../../bench/corpus.js';
import { isRelevant, recallAt1 } from '../../bench/queries.js';
import { foldForGold } from '../../scripts/eval/dev-set.js';

describe('the benchmark corpus', () => {
  it('is the story alone for the seeds size', async () => {
    const { corpus, storySources } = await buildBenchCorpus(null);
    expect(corpus.sources.map((s) => s.id).sort()).toEqual([...storySources].sort());
    expect(storySources.size).toBe(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).length);
  });

  it('buries the story among distractor passages, exactly the size asked, the same on every run', async () => {
    const first = await buildBenchCorpus(3_000);
    const again = await buildBenchCorpus(3_000);
    expect(first.corpus.passages).toHaveLength(3_000);
    expect(again.corpus.passages.map((p) => p.text)).toEqual(first.corpus.passages.map((p) => p.text));
    for (const id of first.storySources) expect(first.corpus.sources.some((s) => s.id === id)).toBe(true);
    expect(new Set(first.corpus.passages.map((p) => p.id)).size).toBe(3_000);
  });

  it('gives distractors the shape the loader gives articles: offsets into their file, sentences inside the passage', async () => {
    const { corpus, storySources } = await buildBenchCorpus(2_000);
    const distractors = corpus.passages.filter((p) => !storySources.has(p.sourceId));
    for (const passage of distractors) {
      expect(passage.end - passage.start).toBe(passage.text.length);
      expect(passage.sentences.length).toBeGreaterThan(0);
      for (const sentence of passage.sentences) {
        expect(passage.text.slice(sentence.start - passage.start, sentence.end - passage.start)).toBe(sentence.text);
      }
    }
    const perSource = new Map<string, number>();
    for (const p of distractors) perSource.set(p.sourceId, (perSource.get(p.sourceId) ?? 0) + 1);
    for (const source of corpus.sources.filter((s) => !storySources.has(s.id))) expect(source.paragraphs).toBe(perSource.get(source.id));
  });

  it('reaches sizes beyond the addresses by recombining sentences, with few identical paragraphs', async () => {
    const { corpus } = await buildBenchCorpus(40_000);
    const texts = new Set(corpus.passages.map((p) => p.text));
    expect(corpus.passages).toHaveLength(40_000);
    expect(texts.size / corpus.passages.length).toBeGreaterThan(0.97);
  }, 120_000);
});

describe('relevance for R@1', () => {
  const story = new Set(['story']);
  const question = { q: 'When?', gold: ['Feb. 19', 'it’s “tense”'] };

  it('folds case, curly quotes, dashes and white space as the dev file says', () => {
    expect(foldForGold('It’s  “Tense” — now')).toBe(`it's "tense" - now`);
    expect(isRelevant(question, { sourceId: 'story', text: 'On FEB.  19 he said IT\'S "TENSE".' }, story)).toBe(true);
  });

  it('never counts a distractor, even one that contains a gold phrase', () => {
    expect(isRelevant(question, { sourceId: 'sotu-000001', text: 'On Feb. 19 Congress met.' }, story)).toBe(false);
    expect(isRelevant(question, undefined, story)).toBe(false);
  });

  it('is the share of questions whose first passage is relevant', () => {
    const top = (q: string) => (q === 'When?' ? { sourceId: 'story', text: 'Feb. 19' } : undefined);
    expect(recallAt1([question, { q: 'Who?', gold: ['x'] }], top, story)).toBe(0.5);
    expect(recallAt1([], top, story)).toBeNull();
  });
});
