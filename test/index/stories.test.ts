import { describe, expect, it } from 'vitest';
import { findStories } from '../../src/index/stories.js';
import { PassageIndex } from '../../src/index/passage-index.js';

// Filler articles: words drawn at random (fixed seed), a few common and most rare as in prose, so that
// no two articles share a distinctive vocabulary.
const EVERYDAY = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
function filler(seed: number, paragraphs: number): string[] {
  let state = seed;
  const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: paragraphs }, () => Array.from({ length: 40 }, () => EVERYDAY[Math.floor(EVERYDAY.length * random() ** 3)]!).join(' '));
}

/** An article about a topic: its topic words in every paragraph, among everyday filler. */
function about(topic: readonly string[], seed: number): string[] {
  return filler(seed, 4).map((text, i) => `${topic.join(' ')} ${topic[i % topic.length]} ${text}`);
}

function storiesOf(articles: readonly string[][]): number[] {
  const passages = articles.flatMap((paragraphs, article) => paragraphs.map((text, i) => ({ id: `a${article}#${i + 1}`, text, article })));
  const index = PassageIndex.build(passages);
  const articleOf = new Int32Array(passages.length + 1);
  passages.forEach((passage, position) => (articleOf[position + 1] = passage.article));
  const byDocument = findStories(index.orama.save(), articleOf);
  // One story number (or -1) per article.
  return articles.map((_, article) => byDocument[passages.findIndex((passage) => passage.article === article) + 1]!);
}

// What a story's articles share: its people, places and subject.
const GLACIER = ['glacier', 'meltwater', 'hydrologist', 'jokulhlaup', 'outburst', 'vatnajokull', 'skeidara', 'bridge', 'flood', 'icelandic', 'sigurdsson', 'evacuation'];
const STRIKE = ['dockworkers', 'stevedores', 'picket', 'walkout', 'arbitration', 'rotterdam', 'container', 'terminal', 'union', 'wages', 'vermeulen', 'cranes'];

describe('stories: articles linked by their vocabulary', () => {
  it('groups the articles that share a distinctive vocabulary and leaves the rest alone', () => {
    const articles = [about(GLACIER, 1), ...Array.from({ length: 10 }, (_, i) => filler(100 + i, 4)), about(GLACIER, 2), about(STRIKE, 3), about(GLACIER, 4), about(STRIKE, 5)];
    const stories = storiesOf(articles);
    const glacier = [0, 11, 13].map((article) => stories[article]!);
    const strike = [12, 14].map((article) => stories[article]!);
    expect(new Set(glacier).size).toBe(1);
    expect(new Set(strike).size).toBe(1);
    expect(glacier[0]).toBeGreaterThanOrEqual(0);
    expect(strike[0]).toBeGreaterThanOrEqual(0);
    expect(glacier[0]).not.toBe(strike[0]);
    for (let article = 1; article <= 10; article++) expect(stories[article]).toBe(-1);
  });

  it('finds no story in one article, or in articles that share only everyday words', () => {
    expect(storiesOf([about(GLACIER, 1)])).toEqual([-1]);
    expect(storiesOf(Array.from({ length: 8 }, (_, i) => filler(7 + i, 3)))).toEqual(Array(8).fill(-1));
  });
});
