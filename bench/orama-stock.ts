import { boundedLevenshtein } from '@orama/orama/internals';
import { radix } from '@orama/orama/trees';

type FindResult = radix.FindResult;
type FindAllWords = radix.RadixNode['findAllWords'];

/**
 * `RadixNode.findAllWords` exactly as Orama 3.1.18 publishes it, before patches/@orama+orama+3.1.18.patch:
 * the reference the patch must agree with, and the "unpatched" column of the benchmark.
 */
export const stockFindAllWords: FindAllWords = function (this: radix.RadixNode, output, term, exact, tolerance) {
  const stack: radix.RadixNode[] = [this];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.e) {
      const { w, d: docIDs } = node;
      if (exact && w !== term) continue;
      if (ownProperty(output, w) !== null) {
        if (tolerance) {
          const difference = Math.abs(term.length - w.length);
          if (difference <= tolerance && boundedLevenshtein(term, w, tolerance).isBounded) output[w] = [];
          else continue;
        } else {
          output[w] = [];
        }
      }
      if (ownProperty(output, w) != null && docIDs.size > 0) {
        const docs = output[w]!;
        for (const docID of docIDs) {
          if (!docs.includes(docID)) docs.push(docID);
        }
      }
    }
    if (node.c.size > 0) stack.push(...node.c.values());
  }
  return output;
};

function ownProperty(object: FindResult, property: string): FindResult[string] | undefined {
  return Object.hasOwn(object, property) ? object[property] : undefined;
}

/** Whether the loaded Orama carries the Set-based duplicate check (the stock one calls Array.includes). */
export function findAllWordsIsPatched(prototype: radix.RadixNode = radix.RadixNode.prototype): boolean {
  const source = prototype.findAllWords.toString();
  return !source.includes('.includes(') && source.includes('new Set(');
}

/** Runs `work` with the stock (quadratic) findAllWords swapped in, then restores whatever was loaded. */
export async function withStockFindAllWords<T>(work: () => Promise<T> | T): Promise<T> {
  const prototype = radix.RadixNode.prototype;
  const loaded = prototype.findAllWords;
  prototype.findAllWords = stockFindAllWords;
  try {
    return await work();
  } finally {
    prototype.findAllWords = loaded;
  }
}
