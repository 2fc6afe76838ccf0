import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteBook, listSpeakers, searchQuotes, type QuoteBook } from '../../src/answer/quotes.js';
import { normalize } from '../../src/answer/quotes/text.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadFixture, scoreAgainstFixture, TARGETS } from '../../scripts/eval/quotes.js';

let book: QuoteBook;
const fixture = loadFixture();
beforeAll(async () => {
  book = buildQuoteBook(await loadCorpus('corpus'));
});

const same = (a: string, b: string) => normalize(a).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === normalize(b).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('quotations of the seed articles, against the hand-labelled fixture', () => {
  it('meets the precision, recall and speaker-accuracy targets', () => {
    const score = scoreAgainstFixture(book, fixture);
    expect({ spurious: score.spurious, missed: score.missed, wrongSpeaker: score.wrongSpeaker }).toEqual({ spurious: [], missed: [], wrongSpeaker: [] });
    expect(score.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(score.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
  });

  it('lists no scare quote as speech', () => {
    expect(scoreAgainstFixture(book, fixture).scareAsSpeech).toEqual([]);
    for (const label of fixture.filter((q) => !q.speech)) {
      const found = book.all.find((q) => q.sourceId === label.sourceId && same(q.text, label.text));
      expect(found, label.text).toMatchObject({ speech: false, speaker: null });
    }
  });

  it('keeps both facts of a nested quote: the inner speaker and who reports it', () => {
    for (const label of fixture.filter((q) => q.reportedBy)) {
      const found = book.quotes.find((q) => q.sourceId === label.sourceId && same(q.text, label.text));
      expect(found, label.text).toMatchObject({ speaker: label.speaker, reportedBy: label.reportedBy });
    }
  });
});

describe('searching the seed quotes', () => {
  it('finds "sovereignty is not for sale" with its speaker and the other outlets’ renderings', () => {
    const [top] = searchQuotes(book, 'sovereignty is not for sale').quotes;
    expect(top).toMatchObject({ speaker: 'Claudia Sheinbaum', text: 'Sovereignty is not for sale.' });
    expect(new Set(top!.variants.map((v) => v.sourceId)).size).toBeGreaterThanOrEqual(2);
    expect(top!.variants.every((v) => book.quotes.some((q) => q.passageId === v.passageId && q.text === v.text))).toBe(true);
  });

  it('groups "inviolable" and "inalienable" renderings as one quote', () => {
    const [top] = searchQuotes(book, 'our territory is inalienable').quotes;
    expect([top!.text, ...top!.variants.map((v) => v.text)].join(' ')).toMatch(/inviolable/);
  });

  it('filters by any form of the speaker’s name, in any case', () => {
    const forms = ['Sheinbaum', 'claudia sheinbaum', 'Mexican President Claudia Sheinbaum', 'President Sheinbaum'];
    const lists = forms.map((speaker) => searchQuotes(book, null, { speaker, limit: 100 }).quotes.map((q) => q.passageId + q.text));
    expect(lists[0]!.length).toBeGreaterThan(3);
    for (const list of lists) expect(list).toEqual(lists[0]);
    expect(searchQuotes(book, null, { speaker: 'kelly', limit: 100 }).quotes.every((q) => q.speaker === 'Anna Kelly')).toBe(true);
  });

  it('lists speakers with counts and completes a prefix of any name word', () => {
    const all = listSpeakers(book);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all[0]!.speaker).toBe('Claudia Sheinbaum');
    expect(listSpeakers(book, 'hew').map((s) => s.speaker)).toEqual(['James Hewitt']);
    expect(listSpeakers(book, 'ANNA')).toEqual([{ speaker: 'Anna Kelly', role: 'White House deputy press secretary', quotes: expect.any(Number) }]);
    expect(listSpeakers(book, 'zzz')).toEqual([]);
  });
});
