import type { Corpus } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import { findStories } from '../index/stories.js';
import type { StoryMap } from './ask/story-population.js';

/** Each article in a story, by source id → story number (JSON-safe: it travels in the snapshot). */
export type StoryAssignment = Record<string, number>;

/** The corpus's stories: articles linked by their vocabulary (src/index/stories.ts). */
export function findCorpusStories(corpus: Corpus, index: PassageIndex): StoryAssignment {
  const numbers = new Map(corpus.sources.map((source, number) => [source.id, number]));
  const articleOf = new Int32Array(corpus.passages.length + 1);
  corpus.passages.forEach((passage, position) => (articleOf[position + 1] = numbers.get(passage.sourceId) ?? -1));
  const storyOf = findStories(index.orama.save(), articleOf);
  const assignment: StoryAssignment = {};
  corpus.passages.forEach((passage, position) => {
    if (storyOf[position + 1]! >= 0) assignment[passage.sourceId] = storyOf[position + 1]!;
  });
  return assignment;
}

/** Whether snapshot data is a story assignment for this corpus (known source ids, whole story numbers). */
export function isStoryAssignment(data: unknown, corpus: Corpus): data is StoryAssignment {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const ids = new Set(corpus.sources.map((source) => source.id));
  return Object.entries(data).every(([id, story]) => ids.has(id) && Number.isInteger(story) && (story as number) >= 0);
}

/** The stories as /ask reads them: each passage's story, and each story's runs of document ids, size and average length. */
export function storyMapOf(corpus: Corpus, index: PassageIndex, assignment: StoryAssignment): StoryMap {
  const storyOf = new Int32Array(corpus.passages.length + 1).fill(-1);
  corpus.passages.forEach((passage, position) => (storyOf[position + 1] = assignment[passage.sourceId] ?? -1));
  let stories = 0;
  for (const story of storyOf) stories = Math.max(stories, story + 1);
  const passages = new Int32Array(stories);
  const averageLength = new Float64Array(stories);
  const runs: number[][] = Array.from({ length: stories }, () => []);
  for (let document = 1; document < storyOf.length; document++) {
    const story = storyOf[document]!;
    if (story < 0) continue;
    passages[story]!++;
    averageLength[story] = averageLength[story]! + index.orama.length(document);
    const own = runs[story]!;
    if (own.length > 0 && own[own.length - 1] === document) own[own.length - 1] = document + 1;
    else own.push(document, document + 1);
  }
  for (let story = 0; story < stories; story++) averageLength[story] = averageLength[story]! / (passages[story] || 1);
  return { storyOf, runs: runs.map((run) => Uint32Array.from(run)), passages, averageLength };
}
