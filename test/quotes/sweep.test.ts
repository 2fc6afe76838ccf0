import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bulkMatch } from '../../src/answer/quotes/sweep.js';

// sweep.ts replaces a compromise internal: this proves it tags exactly as compromise's own does,
// and fails loudly if a compromise upgrade changes what that internal receives or returns.
const methods = nlp.methods() as unknown as { one: { bulkMatch: typeof bulkMatch } };
const original = methods.one.bulkMatch;

const SENTENCES = [
  '“We will never accept the presence of foreign troops,” Mayor Helen Park told reporters on Tuesday.',
  'White House deputy press secretary Anna Kelly wrote that the talks were productive.',
  'The Brookfield Chamber of Commerce, which said it was “deeply concerned”, asked the council to wait.',
  'She added: “This is not over.”',
  'Dr. Amara Lindqvist, the agency’s chief medical officer, said 10,000 doses arrive on Feb. 19.',
  'Pieter de Jong signed for Ajax in a deal worth €12 million, the Dutch club said.',
  'Congress passed the bill, and the Vice President signed it in South Carolina.',
  'Running late, they said nothing until the judge, Patricia Engstrom, ruled.',
];

function tags(texts: readonly string[] = SENTENCES): unknown {
  return texts.map((text) => nlp(text).json().map((s: { terms: Array<{ text: string; tags: string[] }> }) => s.terms.map((t) => [t.text, [...t.tags].sort()])));
}

describe('the rule sweep that stands in for compromise bulkMatch', () => {
  it('tags every word exactly as compromise itself does', () => {
    methods.one.bulkMatch = original;
    const before = tags();
    methods.one.bulkMatch = bulkMatch;
    try {
      expect(tags()).toEqual(before);
    } finally {
      methods.one.bulkMatch = original;
    }
  });

  it('tags every paragraph of the seed articles exactly as compromise itself does', async () => {
    // Real prose, long sentences: every rule compromise tries, from every start position, must agree.
    const paragraphs = (await loadCorpus('corpus')).passages.map((p) => p.text);
    methods.one.bulkMatch = original;
    const before = tags(paragraphs);
    methods.one.bulkMatch = bulkMatch;
    try {
      expect(tags(paragraphs)).toEqual(before);
    } finally {
      methods.one.bulkMatch = original;
    }
  });
});
