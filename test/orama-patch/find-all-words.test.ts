import { createRequire } from 'node:module';
import { create, insertMultiple, search } from '@orama/orama';
import { radix } from '@orama/orama/trees';
import { describe, expect, it } from 'vitest';
import { findAllWordsIsPatched, stockFindAllWords, withStockFindAllWords } from '../../bench/orama-stock.js';

const require = createRequire(import.meta.url);

function treeOf(postings: Record<string, number[]>): radix.RadixTree {
  const tree = new radix.RadixTree();
  for (const [word, docs] of Object.entries(postings)) for (const doc of docs) tree.insert(word, doc);
  return tree;
}

const postings: Record<string, number[]> = {
  cat: [3, 1, 2],
  cats: [2, 9],
  catalogue: [7],
  car: [4, 1],
  cart: [5, 5, 6],
  dog: [8],
  do: [1],
};

describe('the patched RadixNode.findAllWords', () => {
  it('is the one loaded by both the ESM and the CommonJS builds', () => {
    expect(findAllWordsIsPatched()).toBe(true);
    const commonjs = require('@orama/orama/trees') as typeof import('@orama/orama/trees');
    expect(commonjs.radix.RadixNode).not.toBe(radix.RadixNode);
    expect(findAllWordsIsPatched(commonjs.radix.RadixNode.prototype)).toBe(true);
  });

  it('no longer scans the result array once per document (no Array.includes calls)', () => {
    const many = Array.from({ length: 500 }, (_, i) => i);
    const tree = treeOf({ the: many, them: many });
    const calls = { patched: 0, stock: 0 };
    const includes = Array.prototype.includes;
    let counter: 'patched' | 'stock' = 'patched';
    Array.prototype.includes = function (this: unknown[], ...args: Parameters<typeof includes>) {
      calls[counter]++;
      return includes.apply(this, args);
    };
    try {
      tree.findAllWords({}, 'the', false, 0);
      counter = 'stock';
      stockFindAllWords.call(tree, {}, 'the', false, 0);
    } finally {
      Array.prototype.includes = includes;
    }
    expect(calls.stock).toBe(1000);
    expect(calls.patched).toBe(0);
  });

  it.each([
    ['prefix', 'ca', false, 0],
    ['exact word', 'cat', true, 0],
    ['exact word absent', 'ca', true, 0],
    ['short prefix', 'd', false, 0],
    ['no match', 'x', false, 0],
    ['with tolerance', 'cat', false, 1],
    ['whole tree', '', false, 0],
  ] as const)('returns what the stock algorithm returns, same order (%s)', (_label, term, exact, tolerance) => {
    const tree = treeOf(postings);
    const patched = tree.findAllWords({}, term, exact, tolerance);
    const stock = stockFindAllWords.call(tree, {}, term, exact, tolerance);
    expect(JSON.stringify(patched)).toBe(JSON.stringify(stock));
  });

  it('keeps every document of a word once, in insertion order', () => {
    const tree = treeOf(postings);
    expect(tree.find({ term: 'cart', exact: true })).toEqual({ cart: [5, 6] });
    expect(tree.find({ term: 'cat' })).toEqual({ cat: [3, 1, 2], cats: [2, 9], catalogue: [7] });
  });

  it('leaves Orama search results unchanged', async () => {
    const db = create({ schema: { text: 'string' } as const });
    await insertMultiple(db, [
      { id: 'a', text: 'The cat sat on the cart' },
      { id: 'b', text: 'Cats and catalogues' },
      { id: 'c', text: 'A car, a cart, the carts' },
      { id: 'd', text: 'Nothing to see here' },
    ]);
    for (const term of ['ca', 'the cat', 'cart', 'zebra']) {
      const patched = await search(db, { term });
      const stock = await withStockFindAllWords(() => search(db, { term }));
      expect(patched.hits.map((h) => [h.id, h.score])).toEqual(stock.hits.map((h) => [h.id, h.score]));
    }
  });
});
