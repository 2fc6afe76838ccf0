import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { collapse, FIXTURE_DIR, SEED_DIR } from './helpers.js';

describe.each([SEED_DIR, FIXTURE_DIR])('offsets into the files of %s', (dir) => {
  it('slice back to every passage and sentence, sentences in order and covering the passage', async () => {
    const corpus = await loadCorpus(dir);
    const raw = new Map(corpus.sources.map((s) => [s.id, readFileSync(s.file, 'utf8')]));
    expect(corpus.passages.length).toBeGreaterThan(0);
    for (const passage of corpus.passages) {
      const text = raw.get(passage.sourceId)!;
      expect(collapse(text.slice(passage.start, passage.end))).toBe(passage.text);
      let previousEnd = passage.start;
      for (const sentence of passage.sentences) {
        expect(collapse(text.slice(sentence.start, sentence.end))).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = sentence.end;
      }
      expect(passage.sentences[0]!.start).toBe(passage.start);
      expect(passage.sentences.at(-1)!.end).toBe(passage.end);
      expect(passage.sentences.map((s) => s.text).join(' ')).toBe(passage.text);
    }
  });
});

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old library, which has stood on Main Street since 1908 and needs a new roof.',
  'Residents packed the hall. Several said the building was the heart of the town and asked the council to reconsider its plan.',
  'The mayor said the vote was final.',
];

/** Hard-wraps text at `width` columns. */
function wrapAt(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) (lines.push(line), (line = word));
    else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const paragraphsOf = (text: string): string[] => parseArticle(text).paragraphs.map(({ start, end }) => collapse(text.slice(start, end)));

describe('paragraph shapes', () => {
  it('reads blank-line paragraphs the same with LF, CRLF and CR line ends', () => {
    const lf = PARAGRAPHS.join('\n\n');
    expect(paragraphsOf(lf)).toEqual(PARAGRAPHS);
    expect(paragraphsOf(lf.replace(/\n/g, '\r\n'))).toEqual(PARAGRAPHS);
    expect(paragraphsOf(lf.replace(/\n/g, '\r'))).toEqual(PARAGRAPHS);
  });

  it('takes each line as a paragraph when paragraphs are separated by single newlines', () => {
    expect(paragraphsOf(PARAGRAPHS.join('\n'))).toEqual(PARAGRAPHS);
    const short = ['The vote was 5-2.', 'The mayor left early.', 'Nobody objected to the plan.', 'It takes effect in May.'];
    expect(paragraphsOf(short.join('\n'))).toEqual(short);
  });

  it('joins hard-wrapped lines, with or without blank lines between paragraphs', () => {
    const wrapped = PARAGRAPHS.map((p) => wrapAt(p, 40));
    expect(paragraphsOf(wrapped.join('\n\n'))).toEqual(PARAGRAPHS);
    // Without blank lines, a line that stops short of the width while the next word would have fitted ends its paragraph.
    expect(paragraphsOf(wrapped.join('\r\n').replace(/\r?\n/g, '\r\n'))).toEqual(PARAGRAPHS);
  });
});
