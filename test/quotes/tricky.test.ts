import { describe, expect, it } from 'vitest';
import { buildQuoteBook, listSpeakers, searchQuotes } from '../../src/answer/quotes.js';
import { corpusOf } from './corpus-of.js';

// Articles written for these tests, with names and lines of no seed article.
const book = buildQuoteBook(
  corpusOf({
    budget: [
      'Finance Minister Maria Lopez announced a new budget on Tuesday.',
      '“We will not raise taxes in this fiscal year,” Lopez said.',
      'Opposition leader Thomas Becker criticised the plan. “This budget is a fantasy,” said Becker.',
      '“It ignores the deficit entirely,” he added.',
      '“The numbers are sound,” she replied.',
      'Union spokesman Paul Okafor said in a statement on Monday that workers would strike.',
      '“Our members have been patient for too long,” the statement said.',
      'The Clean Air Alliance, an environmental group, published a letter on Friday.',
      '“Every delay costs lives,” the group wrote.',
    ],
    bridge: [
      'Mayor Karen Walsh spoke to reporters outside City Hall on Monday.',
      '“The bridge will reopen in June. We have worked day and night to make that happen.',
      '“Nobody wants another summer of traffic jams,” Walsh said.',
      'She said the city would “not accept any further delays” from the builder, Ivan Petrov.',
      'Critics have dubbed the project a “money pit” in letters to local papers, and some residents complain about the “smart” meters on the bridge.',
      'Walsh recalled a conversation with Petrov: “He told me, ‘We will finish on time, I promise you.’”',
      'Budget chief Maria Lopez said the city "will not raise any taxes this fiscal year," according to the mayor.',
    ],
  }),
);

const find = (words: string) => {
  const found = book.all.find((q) => q.text.includes(words));
  if (!found) throw new Error(`no quote with "${words}"`);
  return found;
};

describe('attribution on articles never seen', () => {
  it('reads "X said" after the quote and merges the surname with the full name and its title', () => {
    expect(find('raise taxes in this fiscal')).toMatchObject({ speaker: 'Maria Lopez', role: 'Finance Minister' });
  });

  it('reads "said X" after the quote', () => {
    expect(find('fantasy').speaker).toBe('Thomas Becker');
  });

  it('resolves he and she to the last named person of that gender', () => {
    expect(find('ignores the deficit').speaker).toBe('Thomas Becker');
    expect(find('numbers are sound').speaker).toBe('Maria Lopez');
  });

  it('resolves "the statement said" to the person who made the statement, with their role', () => {
    expect(find('patient for too long')).toMatchObject({ speaker: 'Paul Okafor', role: 'Union spokesman' });
  });

  it('resolves "the group wrote" to the organisation described as a group', () => {
    expect(find('Every delay').speaker).toBe('Clean Air Alliance');
  });

  it('joins a quote continued into the next paragraph and attributes it once', () => {
    const quote = find('The bridge will reopen');
    expect(quote.text).toBe('The bridge will reopen in June. We have worked day and night to make that happen. Nobody wants another summer of traffic jams');
    expect(quote).toMatchObject({ speaker: 'Karen Walsh', passageId: 'bridge#2' });
    expect(book.all.filter((q) => q.text.includes('Nobody wants'))).toHaveLength(1);
  });

  it('keeps a partial quote inside a sentence as speech', () => {
    expect(find('not accept any further delays')).toMatchObject({ speech: true, speaker: 'Karen Walsh' });
  });

  it('keeps scare quotes and quoted terms out of speech', () => {
    expect(find('money pit')).toMatchObject({ speech: false, speaker: null });
    expect(find('smart')).toMatchObject({ speech: false, speaker: null });
    expect(searchQuotes(book, 'money pit').quotes.map((q) => q.text)).not.toContain('money pit');
  });

  it('gives a nested quote to its own speaker, reported by the outer one', () => {
    expect(find('He told me')).toMatchObject({ speaker: 'Karen Walsh', reportedBy: null });
    expect(book.all.find((q) => q.text === 'We will finish on time, I promise you.')).toMatchObject({ speaker: 'Ivan Petrov', reportedBy: 'Karen Walsh' });
  });

  it('groups two outlets’ renderings of one quote as variants, each cited', () => {
    const [top] = searchQuotes(book, 'we will not raise taxes').quotes;
    expect(top!.speaker).toBe('Maria Lopez');
    expect([top!.passageId, ...top!.variants.map((v) => v.passageId)].sort()).toEqual(['bridge#7', 'budget#2']);
  });

  it('lists each speaker once under the canonical name', () => {
    const names = listSpeakers(book).map((s) => s.speaker);
    expect(names.filter((n) => /Lopez/.test(n))).toEqual(['Maria Lopez']);
    expect(listSpeakers(book, 'lop').map((s) => s.speaker)).toEqual(['Maria Lopez']);
  });

  it('links a surname speaking in one outlet to the full name speaking in another, and lets no other article’s names decide a speaker', () => {
    const outlets = buildQuoteBook(
      corpusOf({
        wire: ['Prime Minister Ingrid Halvorsen met the unions on Friday.', '“The strike must end this week,” Halvorsen said.'],
        paper: ['“The strike must end this week,” Halvorsen told reporters on Friday.'],
        // An unrelated article naming a different Halvorsen, who does not speak.
        sport: ['Coach Erik Halvorsen was not available after the match.', '“We deserved to win,” captain Lena Moe said.'],
      }),
    );
    expect(outlets.quotes.filter((q) => q.text.startsWith('The strike')).map((q) => q.speaker)).toEqual(['Ingrid Halvorsen', 'Ingrid Halvorsen']);
    expect(listSpeakers(outlets).map((s) => s.speaker)).toEqual(['Ingrid Halvorsen', 'Lena Moe']);
  });
});
