import { describe, expect, it } from 'vitest';
import { PostingsBuilder, seek } from '../../src/index/postings.js';

function build(documents: string[][]) {
  const builder = new PostingsBuilder();
  documents.forEach((tokens, i) => builder.add(i + 1, tokens));
  return builder.finish();
}

describe('compact postings', () => {
  const postings = build([
    ['border', 'troops', 'border'],
    ['troops', 'deployed'],
    ['border', 'talks', 'border', 'border'],
  ]);

  it('lists each term’s documents in ascending order with how often each holds it', () => {
    const border = postings.list('border')!;
    expect([...border.documents]).toEqual([1, 3]);
    expect([...border.counts]).toEqual([2, 3]);
    expect([...postings.list('troops')!.documents]).toEqual([1, 2]);
    expect(postings.documentFrequency('deployed')).toBe(1);
  });

  it('matches terms exactly, never as prefixes', () => {
    expect(postings.list('bord')).toBeNull();
    expect(postings.documentFrequency('troop')).toBe(0);
  });

  it('keeps document lengths and their mean', () => {
    expect([1, 2, 3].map((d) => postings.length(d))).toEqual([3, 2, 4]);
    expect(postings.size).toBe(3);
    expect(postings.averageLength).toBeCloseTo(3, 12);
  });

  it('counts beyond one byte exactly when a passage repeats a term that often', () => {
    const repeated = build([Array<string>(300).fill('no'), ['no', 'yes']]);
    expect([...repeated.list('no')!.counts]).toEqual([300, 1]);
    expect(build([['no', 'no']]).list('no')!.counts).toBeInstanceOf(Uint8Array);
  });

  it('refuses documents out of id order (ids must map to corpus positions)', () => {
    const builder = new PostingsBuilder();
    builder.add(1, ['a']);
    expect(() => builder.add(3, ['b'])).toThrow(/id order/);
  });

  it('seeks the first entry at or after a document, from any starting point', () => {
    const documents = Uint32Array.from([2, 5, 9, 14, 20, 31, 40]);
    expect(seek(documents, 0, 1)).toBe(0);
    expect(seek(documents, 0, 9)).toBe(2);
    expect(seek(documents, 0, 10)).toBe(3);
    expect(seek(documents, 3, 31)).toBe(5);
    expect(seek(documents, 0, 41)).toBe(7);
  });
});
