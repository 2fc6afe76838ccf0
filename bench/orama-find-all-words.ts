import { boundedLevenshtein } from '@orama/orama/internals';
import { radix } from '@orama/orama/trees';

type FindResult = radix.FindResult;
type FindAllWords = radix.RadixNode['findAllWords'];

/**
 * `RadixNode.findAllWords` as Orama 3.1.18 publishes it, with the duplicate check made pluggable:
 * stock Orama skips a repeated document with `docs.includes(docID)`, which makes collecting a word
 * found in n documents O(n²) (26.9 s for 100,000 documents; 50 ms through a Set).
 */
function findAllWordsWith(linear: boolean): FindAllWords {
  return function (this: radix.RadixNode, output, term, exact, tolerance) {
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
          if (linear) {
            const seen = new Set(docs);
            for (const docID of docIDs) {
              if (!seen.has(docID)) {
                seen.add(docID);
                docs.push(docID);
              }
            }
          } else {
            for (const docID of docIDs) {
              if (!docs.includes(docID)) docs.push(docID);
            }
          }
        }
      }
      if (node.c.size > 0) stack.push(...node.c.values());
    }
    return output;
  };
}

/** The published algorithm, verbatim: the reference, and the benchmark's "unpatched" column. */
export const stockFindAllWords = findAllWordsWith(false);
/** The same loop with a Set for the duplicate check: same arrays, same order, linear. */
export const linearFindAllWords = findAllWordsWith(true);

function ownProperty(object: FindResult, property: string): FindResult[string] | undefined {
  return Object.hasOwn(object, property) ? object[property] : undefined;
}

/** Whether the loaded Orama's findAllWords checks duplicates with Array.includes (the published code does). */
export function findAllWordsIsStock(prototype: radix.RadixNode = radix.RadixNode.prototype): boolean {
  return prototype.findAllWords.toString().includes('.includes(');
}

/**
 * Runs `work` with the linear findAllWords swapped into Orama's RadixNode (the ESM build, which
 * `import '@orama/orama'` loads), then restores what was loaded. The bench measures stock Orama this
 * way instead of patching node_modules, so installing storybot patches nothing.
 */
export async function withLinearFindAllWords<T>(work: () => Promise<T> | T): Promise<T> {
  const prototype = radix.RadixNode.prototype;
  const loaded = prototype.findAllWords;
  prototype.findAllWords = linearFindAllWords;
  try {
    return await work();
  } finally {
    prototype.findAllWords = loaded;
  }
}
