import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import type { AskFeatures } from '../../src/answer/ask/features.js';
import { FILLER, makeCorpus } from './fixture.js';

// A statement named in one paragraph and quoted in the next ("…," the statement said): the quote
// book attributes the quotation to the spokeswoman, so the quoting paragraph carries her name and role.
const harbour = {
  id: 'harbour',
  paragraphs: [
    "Harbour Authority spokeswoman Lena Marsh said in a statement on Monday that the city must support the Harbour Authority's plans for the port.",
    '"The city must repair the northern quay before the winter storms arrive," the statement said. "Ships cannot dock there safely."',
    'Dock workers have complained about the quay for years, and a union meeting is planned for next week.',
  ],
};
const engineWith = (features: Partial<AskFeatures> = {}) => createEngine(makeCorpus([harbour, { id: 'filler', paragraphs: FILLER }]), { features });
const question = 'What did the Harbour Authority statement say the city must repair?';

describe('attribution: a quotation holds the words naming its speaker', () => {
  it('the quote book attributes the quoted statement to the spokeswoman named a paragraph before', () => {
    const [hit] = engineWith().quote('repair the northern quay').quotes;
    expect(hit).toMatchObject({ speaker: 'Lena Marsh', passageId: 'harbour#2' });
    expect(hit!.role).toMatch(/Harbour Authority spokeswoman/);
  });

  it('"What did X\'s statement say…" ranks the paragraph quoting the statement above the one naming X', () => {
    const result = engineWith().ask(question);
    expect(result.passages[0]!.id).toBe('harbour#2');
    expect(result.answer!.text).toContain('must repair the northern quay');
  });

  it('without attribution the paragraph naming the authority comes first', () => {
    expect(engineWith({ attribution: false }).ask(question).passages[0]!.id).toBe('harbour#1');
  });

  it('a question that does not name the speaker ranks the same with or without attribution', () => {
    const plain = 'Why are dock workers complaining about the quay?';
    expect(engineWith().ask(plain).passages.map((p) => p.id)).toEqual(engineWith({ attribution: false }).ask(plain).passages.map((p) => p.id));
  });
});
