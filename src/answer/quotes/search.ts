import type { QuoteOptions, QuoteResult, SpeakerCount } from '../types.js';
import { toHit, type QuoteBook } from './book.js';
import { normalize, stemTokens } from './text.js';

const DEFAULT_LIMIT = 5;
const MAX_CHOICES = 25;
/** A quote must hold at least this share of the query's weight to be listed. */
const MIN_COVERAGE = 0.5;

/** Does a `--speaker` value name this speaker? Any form: full name, surname, with a title, any case. */
export function speakerMatches(speaker: string | null, filter: string): boolean {
  if (!speaker) return false;
  const name = normalize(speaker).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wanted = normalize(filter).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!wanted.length) return false;
  // Title words in the filter ("President Sheinbaum") are allowed as long as a name word matches.
  const matched = wanted.filter((w) => name.includes(w));
  return matched.length > 0 && (matched.length === wanted.length || matched.includes(name.at(-1)!));
}

/** Inverse document frequency of each token over the quotes: rarer words weigh more. */
function idfOf(book: QuoteBook): (token: string) => number {
  const df = new Map<string, number>();
  for (const set of book.tokens) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = book.tokens.length;
  return (t) => Math.log(1 + n / (1 + (df.get(t) ?? 0)));
}

const idfCache = new WeakMap<QuoteBook, (token: string) => number>();

function score(book: QuoteBook, index: number, query: string[], idf: (t: string) => number, phrase: string): number {
  const tokens = book.tokens[index]!;
  let total = 0;
  let found = 0;
  for (const t of query) {
    total += idf(t);
    if (tokens.has(t)) found += idf(t);
  }
  const coverage = total ? found / total : 0;
  if (coverage < MIN_COVERAGE) return 0;
  const hits = query.filter((t) => tokens.has(t)).length;
  const precision = hits / Math.max(tokens.size, 1);
  const exact = phrase && normalize(book.quotes[index]!.text).includes(phrase) ? 0.5 : 0;
  return coverage + exact + 0.25 * precision;
}

/**
 * Quotes ranked by how well they match the text (all of a speaker's quotes, in order, without text).
 * A quote already shown as a variant of a better-ranked one is not listed again.
 */
export function search(book: QuoteBook, text: string | null, options: QuoteOptions = {}): QuoteResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const query = text ? stemTokens(text) : [];
  let idf = idfCache.get(book);
  if (!idf) idfCache.set(book, (idf = idfOf(book)));
  const phrase = text ? normalize(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim() : '';
  const candidates: Array<{ index: number; score: number }> = [];
  book.quotes.forEach((q, index) => {
    if (options.speaker && !speakerMatches(q.speaker, options.speaker)) return;
    if (!query.length) {
      if (book.distinct.has(index)) candidates.push({ index, score: 1 });
      return;
    }
    const s = score(book, index, query, idf, phrase);
    if (s > 0) candidates.push({ index, score: s });
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const shown = new Set<number>();
  const quotes = [];
  // A quote and the quote nested in it are one listing: showing either covers the other.
  const overlapsShown = (index: number) => {
    const q = book.quotes[index]!;
    return [...shown].some((j) => {
      const s = book.quotes[j]!;
      return s.passageId === q.passageId && s.start < q.end && q.start < s.end;
    });
  };
  for (const { index } of candidates) {
    if (quotes.length >= limit) break;
    if (shown.has(index) || overlapsShown(index)) continue;
    shown.add(index);
    for (const v of book.variants[index]!) shown.add(v);
    quotes.push(toHit(book, index));
  }
  return { query: text ?? '', quotes };
}

/** Speakers whose name has a word starting with `prefix` (all without one), most quoted first; at most 25. */
export function speakersByPrefix(book: QuoteBook, prefix?: string): SpeakerCount[] {
  const p = prefix ? normalize(prefix).trim() : '';
  const out: SpeakerCount[] = [];
  for (const s of book.speakers) {
    if (out.length >= MAX_CHOICES) break;
    if (p && !s.key.startsWith(p) && !s.words.some((w) => w.startsWith(p))) continue;
    out.push({ speaker: s.speaker, role: s.role, quotes: s.quotes });
  }
  return out;
}
