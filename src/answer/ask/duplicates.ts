import type { Token } from '../../index/analyzer.js';

/** Share of word pairs two passages have in common, over the smaller passage's pairs. */
const SAME_TEXT = 0.6;
/** The shorter passage must be at least this share of the longer: a sentence quoted inside a long passage is not a copy. */
const SIMILAR_LENGTH = 0.5;

const pairsOf = new WeakMap<readonly Token[], Set<string>>();

function wordPairs(tokens: readonly Token[]): Set<string> {
  let pairs = pairsOf.get(tokens);
  if (!pairs) {
    pairs = new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) pairs.add(`${tokens[i]!.word} ${tokens[i + 1]!.word}`);
    pairsOf.set(tokens, pairs);
  }
  return pairs;
}

// The corpus does not change while it is served: a pair once compared need not be compared again.
const verdicts = new WeakMap<readonly Token[], WeakMap<readonly Token[], boolean>>();

/** Whether two passages are the same text, syndicated or lightly edited. */
export function nearDuplicates(a: readonly Token[], b: readonly Token[]): boolean {
  let known = verdicts.get(a);
  if (!known) verdicts.set(a, (known = new WeakMap()));
  let verdict = known.get(b);
  if (verdict === undefined) known.set(b, (verdict = compare(a, b)));
  return verdict;
}

function compare(a: readonly Token[], b: readonly Token[]): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 2 || shorter / Math.max(a.length, b.length) < SIMILAR_LENGTH) return false;
  const pairsA = wordPairs(a);
  const pairsB = wordPairs(b);
  let shared = 0;
  for (const pair of pairsA) if (pairsB.has(pair)) shared++;
  return shared / Math.min(pairsA.size, pairsB.size) >= SAME_TEXT;
}

/**
 * Groups ranked passages with their near-duplicates, keeping rank order: each group is led by its
 * best-ranked member.
 */
export function groupDuplicates<T extends { tokens: readonly Token[] }>(ranked: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of ranked) {
    const group = groups.find((members) => nearDuplicates(members[0]!.tokens, item.tokens));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups;
}
