/**
 * A faster drop-in for compromise's `bulkMatch` (the sweep behind its rule tagger), same results.
 *
 * Compromise finds the rules worth trying on a sentence by testing every one of its ~thousands of
 * rule keys (words and tags a rule needs or wants) against the sentence's few dozen words and tags:
 * on one-sentence documents that scan is most of the rule pass. This looks the other way round, the
 * sentence's words and tags up among the keys, then puts the hits back in key order, so the rules are
 * tried, deduplicated and filtered in exactly the order compromise would (rule order decides tags).
 */
import { matchRule, StartPositions, type MatchRule, type Term } from './rule-match.js';

interface Rule extends MatchRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Found extends Rule {
  pointer: unknown[];
}

interface Methods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
  };
}

/** A net's rule keys in compromise's scan order (`Object.keys`) with each key's rank, and a number per distinct rule match text. */
interface Order {
  keys: string[];
  rank: Map<string, number>;
  /** Per key rank, its rules' match-text numbers (rules deduplicate by match text). */
  matchIds: Int32Array[];
  /** For each match-text number, the last sentence (stamp) that saw it. */
  seen: Int32Array;
  stamp: number;
}

const keyOrder = new WeakMap<Net, Order>();

function orderOf(net: Net): Order {
  let order = keyOrder.get(net);
  if (!order) {
    const keys = Object.keys(net.hooks);
    const ids = new Map<string, number>();
    const idOf = (match: string) => ids.get(match) ?? (ids.set(match, ids.size), ids.size - 1);
    const matchIds = keys.map((key) => Int32Array.from(net.hooks[key]!, (rule) => idOf(rule.match)));
    order = { keys, rank: new Map(keys.map((k, i) => [k, i])), matchIds, seen: new Int32Array(ids.size), stamp: 0 };
    keyOrder.set(net, order);
  }
  return order;
}

const hasAll = (items: Set<string>, wanted: readonly string[]) => {
  for (const w of wanted) if (!items.has(w)) return false;
  return true;
};

const hasAny = (items: Set<string>, wanted: readonly string[]) => {
  for (const w of wanted) if (items.has(w)) return true;
  return false;
};

function countIn(items: Set<string>, wanted: readonly string[]): number {
  let n = 0;
  for (const w of wanted) if (items.has(w)) n++;
  return n;
}

/** The rules worth trying on one sentence: compromise's getHooks, trimDown, `always` and tooSmall steps. */
function rulesFor(items: Set<string>, termCount: number, net: Net): Rule[] {
  const order = orderOf(net);
  const ranks: number[] = [];
  for (const item of items) {
    const r = order.rank.get(item);
    if (r !== undefined) ranks.push(r);
  }
  ranks.sort((a, b) => a - b);
  const stamp = ++order.stamp;
  const rules: Rule[] = [];
  for (const r of ranks) {
    const hooked = net.hooks[order.keys[r]!]!;
    const ids = order.matchIds[r]!;
    for (let k = 0; k < hooked.length; k++) {
      // Deduplicated by match text before filtering, as compromise does: the first rule of a text decides.
      if (order.seen[ids[k]!] === stamp) continue;
      order.seen[ids[k]!] = stamp;
      const rule = hooked[k]!;
      if (termCount < rule.minWords || !hasAll(items, rule.needs)) continue;
      if (rule.ifNo !== undefined && hasAny(items, rule.ifNo)) continue;
      if (rule.wants.length > 0 && countIn(items, rule.wants) < rule.minWant) continue;
      rules.push(rule);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
  return rules;
}

export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    const starts = new StartPositions(terms);
    for (const rule of rulesFor(caches[n]!, terms.length, net)) {
      const res = matchRule(terms, rule, starts);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Found = { ...rule, pointer: ptr };
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
