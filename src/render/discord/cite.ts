import type { SourceSummary } from '../../answer/types.js';
import { outletName } from '../outlet-name.js';
import { escapeMarkdown, link } from './markdown.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-02-03` → `3 Feb 2025`, the same for every reader's locale; anything else as it is. */
export function formatDate(date: string | null): string | null {
  if (date === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

export type CitedSource = Pick<SourceSummary, 'id' | 'outlet' | 'title' | 'date' | 'url'>;

/** `Outlet — [Headline](url) — 3 Feb 2025`, leaving out whatever is unknown. */
export function citation(source: CitedSource): string {
  // An unnamed outlet is not worth a bold id: the headline leads instead.
  const parts = source.outlet !== null || source.title === null ? [`**${escapeMarkdown(outletName(source))}**`] : [];
  if (source.title !== null) parts.push(link(source.title, source.url));
  else if (source.url !== null) parts.push(link(source.url, source.url));
  const date = formatDate(source.date);
  if (date !== null) parts.push(date);
  return parts.join(' — ');
}

/** The source id of a passage id (`${sourceId}#${paragraph}`). */
export function sourceIdOfPassage(passageId: string): string {
  const hash = passageId.lastIndexOf('#');
  return hash < 0 ? passageId : passageId.slice(0, hash);
}
