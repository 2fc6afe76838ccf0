import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus, Passage, Source } from '../src/corpus/types.js';
import { distractorArticles, type DistractorArticle } from './distractors.js';

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
const PARAGRAPH_SEPARATOR = '\n\n';
const DISTRACTOR_OUTLET = 'State of the Union (benchmark distractor)';

/** A flat string of its own: a slice would keep the whole address it was cut from alive and hide its cost from the heap figures. */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** One distractor article as the loader would have produced it from a file: a Source and its Passages, offsets into the joined text. */
function toSource(id: string, article: DistractorArticle, paragraphs: string[][]): { source: Source; passages: Passage[] } {
  const passages: Passage[] = [];
  let offset = 0;
  let words = 0;
  paragraphs.forEach((sentenceTexts, index) => {
    const text = ownCopy(sentenceTexts.join(' '));
    let cursor = 0;
    const sentences = sentenceTexts.map((sentence) => {
      const start = text.indexOf(sentence, cursor);
      cursor = start + sentence.length;
      return { text: text.slice(start, cursor), start: offset + start, end: offset + cursor };
    });
    passages.push({ id: `${id}#${index + 1}`, sourceId: id, paragraph: index + 1, text, start: offset, end: offset + text.length, sentences });
    words += text.split(/\s+/).length;
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  });
  const source: Source = {
    id,
    file: `sotu/${id}.txt`,
    outlet: DISTRACTOR_OUTLET,
    title: article.title,
    date: null,
    url: null,
    byline: null,
    dateline: null,
    paragraphs: passages.length,
    words,
  };
  return { source, passages };
}

/**
 * The story's own articles (loaded from corpus/ by the project's loader) buried among State of the
 * Union distractors, `passages` in all; `null` for the seeds alone. `storySources`: the ids of the story's articles.
 */
export async function buildBenchCorpus(passages: number | null): Promise<{ corpus: Corpus; storySources: Set<string> }> {
  const corpus = await loadCorpus(CORPUS_DIR);
  const storySources = new Set(corpus.sources.map((s) => s.id));
  let missing = passages === null ? 0 : passages - corpus.passages.length;
  if (missing <= 0) return { corpus, storySources };
  let articleNumber = 0;
  for (const article of distractorArticles()) {
    const id = `sotu-${String(++articleNumber).padStart(6, '0')}`;
    const { source, passages: added } = toSource(id, article, article.paragraphs.slice(0, missing));
    corpus.sources.push(source);
    for (const passage of added) corpus.passages.push(passage);
    missing -= added.length;
    if (missing <= 0) break;
  }
  return { corpus, storySources };
}
