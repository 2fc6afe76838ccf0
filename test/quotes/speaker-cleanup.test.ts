import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/answer/quotes.js';
import { corpusOf, quoteWith } from './corpus-of.js';

// Articles written for these tests in the shapes real pages take (datelines left in a paragraph,
// "But Name" opening a sentence, "Mr Name" on second mention, one-word quoted terms); no seed names.
// Each case failed before the rules of issue 15.
const book = buildQuoteBook(
  corpusOf({
    offer: ['President Helena Marsh rejected the offer of soldiers on Saturday.', '"We will defend our own borders," Marsh said.'],
    rally: [
      'Marsh said the offer was made in a phone call.',
      'But Marsh told supporters: "Our sovereignty is not for sale."',
      'But Marsh, speaking to reporters, said: "Our land is not for sale."',
    ],
    wire: [
      'Port Elbridge DC - President Daniel Harlow said "we will help them" in a call with Marsh last month.',
      'Port Elbridge DC - President Harlow said: "They are very afraid of the gangs."',
      'Harlow called the report "true" and the talks "productive".',
    ],
    letters: [
      'The chairman, Mr Jonas Keller, wrote to members on Sunday.',
      '"The club will stay in this town," Mr Keller wrote.',
      'Mr Keller said the offer was "inviolable" and the deal "final".',
    ],
  }),
);

const quote = (words: string) => quoteWith(book, words);

describe('speakers and roles as real pages leave them', () => {
  it('never lets a speaker begin with a conjunction, and merges it with the full name', () => {
    expect(quote('sovereignty is not for sale')).toMatchObject({ speech: true, speaker: 'Helena Marsh', role: null });
    expect(quote('land is not for sale')).toMatchObject({ speech: true, speaker: 'Helena Marsh' });
    expect(book.speakers.map((s) => s.speaker)).toEqual(expect.arrayContaining(['Helena Marsh']));
    for (const { speaker } of book.speakers) expect(speaker).not.toMatch(/^(?:and|but|or|so|yet|nor)\s/i);
  });

  it('never keeps a dateline in a role', () => {
    expect(quote('afraid of the gangs')).toMatchObject({ speaker: 'Daniel Harlow', role: 'President' });
    expect(quote('we will help them')).toMatchObject({ speaker: 'Daniel Harlow', role: 'President' });
    for (const q of book.quotes) expect(q.role ?? '').not.toMatch(/\s[-–—]\s/);
  });

  it('takes no bare honorific as a role', () => {
    expect(quote('stay in this town')).toMatchObject({ speaker: 'Jonas Keller' });
    for (const q of book.quotes) expect(q.role ?? '').not.toMatch(/^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?$/);
  });

  it('does not take a one-word quoted term for speech', () => {
    for (const word of ['true', 'productive', 'inviolable', 'final']) expect(quote(word)).toMatchObject({ text: word, speech: false, speaker: null });
  });
});
