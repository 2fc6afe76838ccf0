/**
 * The article metadata each passage is indexed with, as Orama fields, for `where` filters: the
 * outlet (an enum, compared without case) and the date (a number, YYYYMMDD, so that dates order).
 */
export const OUTLET_FIELD = 'outlet';
export const DATE_FIELD = 'date';

/** The outlet as the index holds it: filters match it whatever its case and spacing. */
export const outletKey = (outlet: string): string => outlet.trim().replace(/\s+/g, ' ').toLowerCase();

/** A YYYY-MM-DD date as the index holds it (20250603), or undefined when it is not one. */
export function dateNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  return match ? Number(match[1]! + match[2]! + match[3]!) : undefined;
}

/** A range filter on a number field, as Orama's `where` writes one. */
export interface NumberFilter {
  eq?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  between?: [number, number];
}

/** The `where` clauses the passage index answers. */
export interface ArticleWhere {
  outlet?: string | string[];
  date?: NumberFilter;
}

export function inRange(value: number, filter: NumberFilter): boolean {
  if (filter.eq !== undefined && value !== filter.eq) return false;
  if (filter.gt !== undefined && !(value > filter.gt)) return false;
  if (filter.gte !== undefined && !(value >= filter.gte)) return false;
  if (filter.lt !== undefined && !(value < filter.lt)) return false;
  if (filter.lte !== undefined && !(value <= filter.lte)) return false;
  if (filter.between && !(value >= filter.between[0] && value <= filter.between[1])) return false;
  return true;
}

/** Each indexed passage's outlet and date (index: Orama's internal id). */
export class ArticleFields {
  readonly outlets: Array<string | undefined> = [];
  readonly dates: Array<number | undefined> = [];

  set(internalId: number, field: string, value: unknown): boolean {
    if (field === OUTLET_FIELD && typeof value === 'string') this.outlets[internalId] = outletKey(value);
    else if (field === DATE_FIELD && typeof value === 'number') this.dates[internalId] = value;
    else return false;
    return true;
  }

  /** The internal ids (1 … size) whose fields pass every clause. */
  matching(where: ArticleWhere, size: number): Set<number> {
    const outlets = where.outlet === undefined ? null : new Set((Array.isArray(where.outlet) ? where.outlet : [where.outlet]).map(outletKey));
    const found = new Set<number>();
    for (let id = 1; id <= size; id++) {
      if (outlets && !outlets.has(this.outlets[id] ?? '\0')) continue;
      if (where.date) {
        const date = this.dates[id];
        if (date === undefined || !inRange(date, where.date)) continue;
      }
      found.add(id);
    }
    return found;
  }
}
