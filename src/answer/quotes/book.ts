import type { QuoteHit, SpeakerCount } from '../types.js';
import type { QuoteRecord } from './model.js';
import { normalize, stemTokens } from './text.js';
import { findVariants } from './variants.js';

/** A speaker with every form of their name seen, for filtering and autocomplete. */
export interface SpeakerEntry extends SpeakerCount {
  /** Lowercased words of the name, for prefix matching. */
  words: string[];
  key: string;
}

/** Every quotation of the corpus, its variants, and the speakers: built once, queried from memory. */
export interface QuoteBook {
  readonly size: number;
  /** Quoted speech (scare quotes and quoted terms are kept out). */
  readonly quotes: readonly QuoteRecord[];
  /** Everything between quote marks, speech or not: for evaluation. */
  readonly all: readonly QuoteRecord[];
  readonly tokens: readonly ReadonlySet<string>[];
  readonly variants: readonly number[][];
  /** Quote indices that are the first rendering of their words (counted once per speaker). */
  readonly distinct: ReadonlySet<number>;
  /** Sorted by quote count, then name. */
  readonly speakers: readonly SpeakerEntry[];
}

function mostFrequent(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v.length > best.length)) best = v;
  return best;
}

function speakerIndex(quotes: readonly QuoteRecord[], distinct: ReadonlySet<number>): SpeakerEntry[] {
  const bySpeaker = new Map<string, { count: number; roles: Array<string | null> }>();
  quotes.forEach((q, i) => {
    if (!q.speaker) return;
    const entry = bySpeaker.get(q.speaker) ?? { count: 0, roles: [] };
    if (distinct.has(i)) entry.count++;
    entry.roles.push(q.role);
    bySpeaker.set(q.speaker, entry);
  });
  return [...bySpeaker]
    .map(([speaker, { count, roles }]) => ({ speaker, role: mostFrequent(roles), quotes: count, key: normalize(speaker), words: normalize(speaker).split(/[^\p{L}\p{N}]+/u).filter(Boolean) }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** The book of every quotation extracted (and linked) from the corpus: `extractQuotes`'s records. */
export function bookFromRecords(all: QuoteRecord[]): QuoteBook {
  const quotes = all.filter((q) => q.speech);
  const tokens = quotes.map((q) => new Set(stemTokens(q.text)));
  const variants = findVariants(quotes, tokens);
  const distinct = new Set<number>();
  quotes.forEach((_, i) => {
    if (!variants[i]!.some((j) => j < i && distinct.has(j))) distinct.add(i);
  });
  return { size: quotes.length, quotes, all, tokens, variants, distinct, speakers: speakerIndex(quotes, distinct) };
}

export function toHit(book: QuoteBook, index: number): QuoteHit {
  const q = book.quotes[index]!;
  return {
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    reportedBy: q.reportedBy,
    sourceId: q.sourceId,
    passageId: q.passageId,
    variants: book.variants[index]!.map((j) => book.quotes[j]!).map((v) => ({ text: v.text, sourceId: v.sourceId, passageId: v.passageId })),
  };
}

/** A quote book as plain JSON data, for storing in an index snapshot. */
export interface QuoteBookData {
  version: 1;
  quotes: QuoteRecord[];
  /** Non-speech entries of `all` (speech entries are `quotes`, in order). */
  terms: QuoteRecord[];
  variants: number[][];
  distinct: number[];
  speakers: SpeakerEntry[];
}

export function toData(book: QuoteBook): QuoteBookData {
  return { version: 1, quotes: [...book.quotes], terms: book.all.filter((q) => !q.speech), variants: book.variants.map((v) => [...v]), distinct: [...book.distinct], speakers: [...book.speakers] };
}

/** The book back from its data; the search tokens are recomputed (cheap: stemming only, no tagging). */
export function fromData(data: QuoteBookData): QuoteBook {
  if (data.version !== 1) throw new Error(`unknown quote book version ${String(data.version)}`);
  const all = [...data.quotes, ...data.terms].sort((a, b) => a.passageId.localeCompare(b.passageId) || a.start - b.start);
  return {
    size: data.quotes.length,
    quotes: data.quotes,
    all,
    tokens: data.quotes.map((q) => new Set(stemTokens(q.text))),
    variants: data.variants,
    distinct: new Set(data.distinct),
    speakers: data.speakers,
  };
}
