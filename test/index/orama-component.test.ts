import { search } from '@orama/orama';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/index/analyzer.js';
import { OramaPassageIndex } from '../../src/index/orama.js';

const passages = [
  { id: 'a#1', text: 'The report said troops reached the border on Monday.' },
  { id: 'a#2', text: 'Repair crews waited outside the palace.' },
  { id: 'b#1', text: 'Officials repeated that the border report was accurate. The report was long.' },
];

describe('Orama with the compact index and id-only document store', () => {
  const index = OramaPassageIndex.build(passages, new Analyzer());

  it('answers Orama’s own search on exact (stemmed) terms, best BM25 first', async () => {
    const result = await search(index.db, { term: 'reports' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['b#1', 'a#1']);
    // "repair", "repeated" and "report" start with it: no prefix matching.
    expect((await search(index.db, { term: 'rep' })).count).toBe(0);
  });

  it('keeps no copy of the passage text', async () => {
    const [hit] = (await search(index.db, { term: 'palace' })).hits;
    expect(hit?.document).toEqual({ id: 'a#2' });
  });

  it('maps internal ids to corpus positions', () => {
    const list = index.postings('border')!;
    expect([...list.documents].map((id) => passages[index.position(id)]!.id)).toEqual(['a#1', 'b#1']);
    expect(index.documentFrequency('report')).toBe(2);
    expect(index.size).toBe(3);
  });
});
