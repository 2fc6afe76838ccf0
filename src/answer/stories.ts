import type { Corpus } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import { findStories } from '../index/stories.js';
import type { StoryMap } from './ask/story-population.js';

/** The corpus's stories (articles linked by their vocabulary), each as runs of document ids. */
export function storyMapOf(corpus: Corpus, index: PassageIndex): StoryMap {
  const numbers = new Map(corpus.sources.map((source, number) => [source.id, number]));
  const articleOf = new Int32Array(corpus.passages.length + 1);
  corpus.passages.forEach((passage, position) => (articleOf[position + 1] = numbers.get(passage.sourceId) ?? -1));
  const storyOf = findStories(index.orama.save(), articleOf);
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
