import { createRequire } from 'node:module';
import { create, insertMultiple, search } from '@orama/orama';
import { radix } from '@orama/orama/trees';
import { describe, expect, it } from 'vitest';
import { findAllWordsIsStock, linearFindAllWords, stockFindAllWords, withLinearFindAllWords } from '../../bench/orama-find-all-words.js';

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

/** Counts Array.includes calls made by `work`. */
function includesCalls(work: () => void): number {
  let calls = 0;
  const includes = Array.prototype.includes;
  Array.prototype.includes = function (this: unknown[], ...args: Parameters<typeof includes>) {
    calls++;
    return includes.apply(this, args);
  };
  try {
    work();
  } finally {
    Array.prototype.includes = includes;
  }
  return calls;
}

describe("the bench's linear RadixNode.findAllWords", () => {
  it('is not installed by default: both Orama builds load the published code (nothing patches node_modules)', () => {
    expect(findAllWordsIsStock()).toBe(true);
    const commonjs = require('@orama/orama/trees') as typeof import('@orama/orama/trees');
    expect(findAllWordsIsStock(commonjs.radix.RadixNode.prototype)).toBe(true);
  });

  it('no longer scans the result array once per document (no Array.includes calls)', () => {
    const many = Array.from({ length: 500 }, (_, i) => i);
    const tree = treeOf({ the: many, them: many });
    expect(includesCalls(() => stockFindAllWords.call(tree, {}, 'the', false, 0))).toBe(1000);
    expect(includesCalls(() => linearFindAllWords.call(tree, {}, 'the', false, 0))).toBe(0);
  });

  it.each([
    ['prefix', 'ca', false, 0],
    ['exact word', 'cat', true, 0],
    ['exact word absent', 'ca', true, 0],
    ['short prefix', 'd', false, 0],
    ['no match', 'x', false, 0],
    ['with tolerance', 'cat', false, 1],
    ['whole tree', '', false, 0],
  ] as const)('returns what the loaded and the stock algorithms return, same order (%s)', (_label, term, exact, tolerance) => {
    const tree = treeOf(postings);
    const linear = JSON.stringify(linearFindAllWords.call(tree, {}, term, exact, tolerance));
    expect(linear).toBe(JSON.stringify(stockFindAllWords.call(tree, {}, term, exact, tolerance)));
    expect(linear).toBe(JSON.stringify(tree.findAllWords({}, term, exact, tolerance)));
  });

  it('keeps every document of a word once, in insertion order', async () => {
    const tree = treeOf(postings);
    await withLinearFindAllWords(() => {
      expect(tree.find({ term: 'cart', exact: true })).toEqual({ cart: [5, 6] });
      expect(tree.find({ term: 'cat' })).toEqual({ cat: [3, 1, 2], cats: [2, 9], catalogue: [7] });
    });
  });

  it('leaves Orama search results unchanged, and is removed afterwards', async () => {
    const db = create({ schema: { text: 'string' } as const });
    await insertMultiple(db, [
      { id: 'a', text: 'The cat sat on the cart' },
      { id: 'b', text: 'Cats and catalogues' },
      { id: 'c', text: 'A car, a cart, the carts' },
      { id: 'd', text: 'Nothing to see here' },
    ]);
    for (const term of ['ca', 'the cat', 'cart', 'zebra']) {
      const linear = await withLinearFindAllWords(() => search(db, { term }));
      const stock = await search(db, { term });
      expect(linear.hits.map((h) => [h.id, h.score])).toEqual(stock.hits.map((h) => [h.id, h.score]));
    }
    expect(findAllWordsIsStock()).toBe(true);
  });
});
