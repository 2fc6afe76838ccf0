import type { Corpus, Passage, Source } from '../../src/corpus/types.js';

/** A small corpus written for a test: one entry per article, paragraphs as given, naive sentences. */
export function makeCorpus(articles: Array<{ id: string; outlet?: string; paragraphs: string[] }>): Corpus {
  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (const article of articles) {
    let offset = 0;
    article.paragraphs.forEach((text, i) => {
      const start = offset;
      const sentences = [...text.matchAll(/[^.!?]+[.!?]*["”’]?/g)].map((m) => {
        const lead = m[0].length - m[0].trimStart().length;
        const sentence = m[0].trim();
        return { text: sentence, start: start + m.index + lead, end: start + m.index + lead + sentence.length };
      });
      passages.push({ id: `${article.id}#${i + 1}`, sourceId: article.id, paragraph: i + 1, text, start, end: start + text.length, sentences });
      offset += text.length + 2;
    });
    sources.push({
      id: article.id,
      file: `${article.id}.txt`,
      outlet: article.outlet ?? null,
      title: null,
      date: null,
      url: null,
      byline: null,
      dateline: null,
      paragraphs: article.paragraphs.length,
      words: article.paragraphs.join(' ').split(/\s+/).length,
    });
  }
  return { dir: 'test', sources, passages, warnings: [] };
}

/** Filler paragraphs so that idf means something in a tiny corpus. */
export const FILLER = [
  'The weather in the valley was mild for most of the week, with light rain on the hills.',
  'Local markets reported steady trade in vegetables, bread and cheese over the weekend.',
  'A new library opened in the old station building, with a reading room for children.',
  'The football club announced a summer camp for young players and their coaches.',
  'Road works on the northern bypass will continue until the end of the month.',
];
