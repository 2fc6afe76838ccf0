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
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  fastOr?: Set<string>;
  pos?: string;
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
  root?: string;
  implicit?: string;
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

/** The commonest first tokens: a plain word, a plain tag, or a set of words (`(a|b|c)`); their doesMatch test, inlined. */
type Guard = { word: string } | { tag: string } | { anyOf: Set<string>; pos: string | undefined } | null;

/** Per first token of the rule net (static objects): which plain token it is, if one. */
const plainGuards = new WeakMap<Reg, Guard>();

/** doesMatch's tests before its fastOr one: a token with any of these is not a plain word set. */
const BEFORE_FAST_OR = ['word', 'tag', 'method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'] as const;

function plainGuard(reg: Reg): Guard {
  let found = plainGuards.get(reg);
  if (found === undefined) {
    if (reg.end) found = null;
    else if (reg.word !== undefined) found = reg.use === undefined && !reg.fuzzy ? { word: reg.word } : null;
    else if (reg.tag !== undefined) found = { tag: reg.tag };
    else if (reg.fastOr !== undefined && BEFORE_FAST_OR.every((k) => reg[k] === undefined)) found = { anyOf: reg.fastOr, pos: reg.pos };
    else found = null;
    plainGuards.set(reg, found);
  }
  return found;
}

const NONE: readonly number[] = [];

function add(index: Map<string, number[]>, key: string, position: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [position]);
  else if (list.at(-1) !== position) list.push(position);
}

/** The start positions of one sentence where a first token matches, found once per sentence and token. */
export class StartPositions {
  /** Positions by word form doesMatch compares a plain word with (machine, alias, text, normal), and by tag. */
  private words: Map<string, number[]> | null = null;
  private tags: Map<string, number[]> | null = null;
  private readonly other = new Map<Reg, number[]>();
  /** Per word, the form a word set is looked up by (doesMatch: root, implicit, machine or normal). */
  private forms: string[] | null = null;

  constructor(private readonly terms: readonly Term[]) {}

  private index(): void {
    this.words = new Map();
    this.tags = new Map();
    this.terms.forEach((t, i) => {
      if (t.machine !== null && t.machine !== undefined) add(this.words!, t.machine, i);
      for (const alias of t.alias ?? []) add(this.words!, alias, i);
      add(this.words!, t.text, i);
      add(this.words!, t.normal, i);
      for (const tag of t.tags) add(this.tags!, tag, i);
    });
  }

  of(reg: Reg): readonly number[] {
    const plain = plainGuard(reg);
    if (plain && !('anyOf' in plain)) {
      if (!this.words) this.index();
      return ('word' in plain ? this.words!.get(plain.word) : this.tags!.get(plain.tag)) ?? NONE;
    }
    let found = this.other.get(reg);
    if (!found) {
      const { terms } = this;
      found = [];
      if (plain) {
        const forms = (this.forms ??= terms.map((t) => t.root || t.implicit || t.machine || t.normal));
        const { anyOf, pos } = plain;
        for (let i = 0; i < terms.length; i++) if ((!pos || terms[i]!.tags.has(pos)) && (anyOf.has(forms[i]!) || anyOf.has(terms[i]!.text))) found.push(i);
      } else {
        for (let i = 0; i < terms.length; i++) if (matchTerm(terms[i]!, reg, i, terms.length) === true) found.push(i);
      }
      this.other.set(reg, found);
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
