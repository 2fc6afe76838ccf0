import type { QuoteRecord } from './model.js';

const MIN_TOKENS = 3;
const MIN_OVERLAP = 0.75;
const MIN_JACCARD = 0.3;

/**
 * Are two token sets renderings of the same words? Most of the shorter one must appear in the longer
 * ("inviolable" vs "inalienable", one outlet quoting more of the sentence), and they must share a fair
 * part of their combined words. Very short quotes must match exactly.
 */
export function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const smaller = Math.min(a.size, b.size);
  if (smaller < MIN_TOKENS) return shared === a.size && shared === b.size;
  return shared / smaller >= MIN_OVERLAP && shared / (a.size + b.size - shared) >= MIN_JACCARD;
}

/**
 * For each speech quote, the other quotes of the same speaker in other passages that render the same
 * words. Not transitive on purpose: a long rendering joining two shorter quotes is a variant of each,
 * without making the two one quote.
 */
export function findVariants(quotes: readonly QuoteRecord[], tokens: readonly ReadonlySet<string>[]): number[][] {
  const bySpeaker = new Map<string, number[]>();
  // Unattributed quotes are not grouped: "the same quote" needs the same speaker.
  quotes.forEach((q, i) => {
    if (!q.speaker) return;
    const group = bySpeaker.get(q.speaker);
    if (group) group.push(i);
    else bySpeaker.set(q.speaker, [i]);
  });
  const variants: number[][] = quotes.map(() => []);
  for (const group of bySpeaker.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        if (quotes[i]!.passageId === quotes[j]!.passageId) continue;
        if (!sameWords(tokens[i]!, tokens[j]!)) continue;
        variants[i]!.push(j);
        variants[j]!.push(i);
      }
    }
  }
  // Of an outer quote and the quote nested in it, the nested one is the closer rendering.
  return variants.map((list) =>
    list.filter((j) => !list.some((k) => k !== j && quotes[k]!.passageId === quotes[j]!.passageId && quotes[k]!.start >= quotes[j]!.start && quotes[k]!.end <= quotes[j]!.end)),
  );
}
