import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteBook, listSpeakers, type QuoteBook } from '../../src/answer/quotes.js';
import { loadUnseenFixture, scoreAgainstFixture, unseenBook } from '../../scripts/eval/quotes.js';
import { corpusOf } from './corpus-of.js';

describe('quotations of articles labelled before the extractor ran on them', () => {
  let book: QuoteBook;
  beforeAll(async () => {
    book = await unseenBook();
  });

  // Floors under the measured figures (see docs/quotes.md): a drop here is a regression in a general rule.
  it('keeps precision, recall and speaker accuracy on unseen articles', () => {
    const score = scoreAgainstFixture(book, loadUnseenFixture());
    expect(score.scareAsSpeech).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

// Articles written for these tests: each paragraph shows one failure mode of a speaker rule.
const book = buildQuoteBook(
  corpusOf({
    places: [
      'The governor of South Carolina spoke on Monday.',
      '“We will rebuild every road,” South Carolina said in a filing.',
      'The State has a duty to its citizens, and the state budget is tight. “The State must act,” State said.',
      '“This is our moment,” Vice President said.',
    ],
    names: [
      'Budget chief Maria Lopez said the city "will not raise any taxes this fiscal year," in a letter to residents.',
      '“The park will stay open,” Helen Park said on Friday.',
      '“We had no warning,” she added.',
      'Coach Pieter de Jong left in May. “I was ready to go,” De Jong said.',
    ],
    unnamed: [
      'The Northfield Water Board raised its rates on Monday. “Costs have doubled since 2019,” it said.',
      'A spokesperson for the board said the rise was “unavoidable given the state of the pipes.”',
      'The Royal Society of Engineers reviewed the plan. “The pipes must be replaced within a decade,” the society said.',
      'Officials at the Northfield Water Board, which said the work was “long overdue and fully funded,” did not give a date.',
    ],
  }),
);
const find = (words: string) => {
  const found = book.all.find((q) => q.text.includes(words));
  if (!found) throw new Error(`no quote with "${words}"`);
  return found;
};

describe('speakers are people or organisations', () => {
  it('never lists a place, a bare title or a capitalised common noun as a speaker', () => {
    const speakers = listSpeakers(book).map((s) => s.speaker);
    expect(speakers).not.toContain('South Carolina');
    expect(speakers).not.toContain('State');
    expect(speakers).not.toContain('Vice President');
  });

  it('keeps the whole title before a name, even one the tagger reads as a verb', () => {
    expect(find('will not raise any taxes')).toMatchObject({ speaker: 'Maria Lopez', role: 'Budget chief' });
  });

  it('learns a person from "Name said" when the tagger reads the name as a place, with the gender of the given name', () => {
    expect(find('park will stay open').speaker).toBe('Helen Park');
    expect(find('no warning').speaker).toBe('Helen Park');
  });

  it('keeps a lowercase particle inside a name and maps the short form to the full one', () => {
    expect(find('ready to go').speaker).toBe('Pieter de Jong');
  });
});

describe('organisations and unnamed sources', () => {
  it('resolves "it said" to the organisation that is the subject just before', () => {
    expect(find('Costs have doubled').speaker).toBe('Northfield Water Board');
  });

  it('gives an unnamed source no speaker and its description as role', () => {
    expect(find('unavoidable given')).toMatchObject({ speech: true, speaker: null, role: 'spokesperson for the board' });
    expect(listSpeakers(book).map((s) => s.speaker).join(' ')).not.toMatch(/spokesperson/);
  });

  it('keeps "of" inside an organisation’s name and resolves "the society said" to it', () => {
    expect(find('replaced within a decade').speaker).toBe('Royal Society of Engineers');
  });

  it('reads "X, which said" as X speaking', () => {
    expect(find('long overdue').speaker).toBe('Northfield Water Board');
  });
});

describe('a quote book stored as JSON', () => {
  it('answers searches and speaker lists after a JSON round trip exactly as before', async () => {
    const { restoreQuoteBook, searchQuotes, serializeQuoteBook } = await import('../../src/answer/quotes.js');
    const restored = restoreQuoteBook(JSON.parse(JSON.stringify(serializeQuoteBook(book))));
    expect(listSpeakers(restored)).toEqual(listSpeakers(book));
    expect(searchQuotes(restored, 'pipes must be replaced')).toEqual(searchQuotes(book, 'pipes must be replaced'));
    expect(searchQuotes(restored, null, { speaker: 'Helen Park' })).toEqual(searchQuotes(book, null, { speaker: 'Helen Park' }));
    expect(restored.all.length).toBe(book.all.length);
  });
});
