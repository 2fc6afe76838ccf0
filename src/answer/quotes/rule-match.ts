import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * compromise's `match` (runMatch) for one rule on one sentence, same results, trying the rule only at
 * the start positions where its first token matches.
 *
 * runMatch tries a rule from every word of the sentence (copying the rest of the sentence each time)
 * although most rules die on their first token; the rule sweep tries hundreds of rules per sentence.
 * Here the first token is tested once per word and per distinct token (tags and words shared by many
 * rules, cached per sentence), and compromise's own matcher runs only where it passes. Its internals
 * are not exported, so they are loaded from the (pinned) package's sources by path.
 */

interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
  id?: string;
  word?: string;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  choices?: unknown[];
  operator?: string;
}

export interface MatchRule {
  regs: Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: Reg[];
}

export interface Term {
  id: string;
  tags: Set<string>;
  text: string;
  normal: string;
  machine: string | null;
  alias?: string[];
}

interface Found {
  pointer: [number | null, number, number];
  groups: Record<string, [number | null, number, number]>;
}

type FromHere = (terms: readonly Term[], regs: readonly Reg[], startIndex: number, length: number) => Found | null;
type MatchTerm = (term: Term, reg: Reg, index: number, length: number) => boolean | null;
type GetGroup = (results: Found[], group: string | number | undefined) => { ptrs: unknown[][]; byGroup: Record<string, unknown> };
type NotIf = (results: Found[], not: readonly Reg[], docs: readonly (readonly Term[])[]) => Found[];

const sources = new URL('./src/1-one/match/methods/match/', pathToFileURL(createRequire(import.meta.url).resolve('compromise').replace(/builds[\\/].*$/, '')));
const load = async <T>(file: string) => ((await import(new URL(file, sources).href)) as { default: T }).default;
const [fromHere, matchTerm, getGroup, notIf] = await Promise.all([
  load<FromHere>('02-from-here.js'),
  load<MatchTerm>('term/doesMatch.js'),
  load<GetGroup>('03-getGroup.js'),
  load<NotIf>('03-notIf.js'),
]);

/** A first token that a start position must match for the rule to match there (tryHere's first step), or null when none is certain. */
function guardOf(reg: Reg): Reg | null {
  if (reg.optional || reg.negative || reg.anything || reg.start || reg.id !== undefined) return null;
  if (reg.end && reg.greedy) return null;
  if (reg.choices !== undefined && (reg.operator === 'or' || reg.operator === 'and')) return null;
  return reg;
}

/**
 * What a first token's test depends on, so that rules sharing it share one pass over the sentence,
 * and for the two commonest tokens that test itself (doesMatch's word and tag branches, inlined).
 */
interface GuardTest {
  key: unknown;
  test: ((term: Term) => boolean) | null;
}

/** Per first token of the rule net (static objects): its test, made once. */
const guardTests = new WeakMap<Reg, GuardTest>();

function guardTestOf(reg: Reg): GuardTest {
  let found = guardTests.get(reg);
  if (!found) guardTests.set(reg, (found = guardTest(reg)));
  return found;
}

function guardTest(reg: Reg): GuardTest {
  if (!reg.end && reg.word !== undefined && reg.use === undefined && !reg.fuzzy) {
    const word = reg.word;
    return { key: `w:${word}`, test: (t) => t.machine === word || t.alias?.includes(word) === true || t.text === word || t.normal === word };
  }
  if (!reg.end && reg.word === undefined && reg.tag !== undefined) {
    const tag = reg.tag;
    return { key: `t:${tag}`, test: (t) => t.tags.has(tag) };
  }
  return { key: reg, test: null };
}

/** The start positions of one sentence where a first token matches, computed once per token. */
export class StartPositions {
  private readonly byKey = new Map<unknown, number[]>();

  constructor(private readonly terms: readonly Term[]) {}

  of(reg: Reg): number[] {
    const { key, test } = guardTestOf(reg);
    let found = this.byKey.get(key);
    if (!found) {
      found = [];
      const { terms } = this;
      for (let i = 0; i < terms.length; i++) if (test ? test(terms[i]!) : matchTerm(terms[i]!, reg, i, terms.length) === true) found.push(i);
      this.byKey.set(key, found);
    }
    return found;
  }
}

/** `methods.one.match([terms], rule)` with sentence pointer 0; `starts` belongs to these terms. */
export function matchRule(terms: readonly Term[], rule: MatchRule, starts: StartPositions): ReturnType<GetGroup> {
  const { regs, group, justOne } = rule;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  const results: Found[] = [];
  const first = regs[0]!;
  if (first.start === true) {
    const found = fromHere(terms, regs, 0, terms.length);
    if (found) results.push(atSentence(found));
  } else {
    const minLength = regs.filter((r) => r.optional !== true && r.negative !== true).length;
    const guard = guardOf(first);
    const candidates = guard ? starts.of(guard) : null;
    let next = 0;
    for (let c = 0; ; c++) {
      const i = candidates ? candidates[c] : c;
      if (i === undefined || terms.length - i < minLength) break;
      if (i < next) continue;
      const found = fromHere(terms.slice(i), regs, i, terms.length);
      if (!found) continue;
      results.push(atSentence(found));
      if (justOne === true) break;
      // Skip over the match, as runMatch does.
      const end = found.pointer[2];
      next = Math.abs(end - 1) > i ? Math.abs(end - 1) + 1 : i + 1;
    }
  }
  let kept = results;
  if (regs.at(-1)!.end === true) kept = kept.filter((r) => r.pointer[2] === terms.length);
  if (rule.notIf) kept = notIf(kept, rule.notIf, [terms]);
  const out = getGroup(kept, group);
  for (const ptr of out.ptrs) {
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return out;
}

function atSentence(found: Found): Found {
  found.pointer[0] = 0;
  for (const k of Object.keys(found.groups)) found.groups[k]![0] = 0;
  return found;
}
