import type { Corpus } from '../corpus/types.js';
import { dateNumber, outletKey, type ArticleWhere } from '../index/article-fields.js';
import type { AskOptions, OutletCount } from './types.js';

/** The `where` clauses of an /ask's filters, or null when it has none. Throws on a date that is not YYYY-MM-DD. */
export function whereOf(options: Pick<AskOptions, 'outlet' | 'since' | 'until'>): ArticleWhere | null {
  const where: ArticleWhere = {};
  const outlet = options.outlet?.trim();
  if (outlet) where.outlet = outlet;
  const since = options.since?.trim() ? dayOf(options.since, 'since') : undefined;
  const until = options.until?.trim() ? dayOf(options.until, 'until') : undefined;
  if (since !== undefined || until !== undefined) where.date = { ...(since !== undefined ? { gte: since } : {}), ...(until !== undefined ? { lte: until } : {}) };
  return Object.keys(where).length > 0 ? where : null;
}

/** A filter date the user gave, which must be a day (YYYY-MM-DD). */
function dayOf(value: string, name: string): number {
  const day = dateNumber(value);
  if (day === undefined || Number.isNaN(new Date(`${value.trim()}T00:00:00Z`).getTime())) throw new FilterError(`${name} must be a date as YYYY-MM-DD, not "${value.trim()}"`);
  return day;
}

/** A filter that cannot be applied; its message is for the user. */
export class FilterError extends Error {}

/** The corpus's outlets matching a typed prefix (at the start of the name or of one of its words), most articles first. */
export function listOutlets(corpus: Corpus, prefix = ''): OutletCount[] {
  const counts = new Map<string, OutletCount>();
  for (const { outlet } of corpus.sources) {
    if (!outlet) continue;
    const key = outletKey(outlet);
    const entry = counts.get(key);
    if (entry) entry.articles++;
    else counts.set(key, { outlet, articles: 1 });
  }
  const wanted = outletKey(prefix);
  return [...counts]
    .filter(([key]) => !wanted || key.startsWith(wanted) || key.split(' ').some((word) => word.startsWith(wanted)))
    .map(([, entry]) => entry)
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}
