import { isIsoDate } from './dates.js';
import type { SourceMeta } from './types.js';

/** Metadata a sidecar may set. A key that is present (even as null) wins over what the text shows. */
export type SidecarMeta = Partial<SourceMeta>;

export const SIDECAR_SUFFIX = '.meta.json';
const TEXT_FIELDS = ['outlet', 'title', 'byline', 'dateline'] as const;
// "note" is for people (e.g. where a headline comes from); the loader ignores it.
const KNOWN = new Set<string>([...TEXT_FIELDS, 'date', 'url', 'note']);

/** Parses and validates a sidecar; every problem is listed so one warning can say them all. */
export function parseSidecar(json: string): { meta: SidecarMeta } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: ['must be a JSON object'] };
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const meta: SidecarMeta = {};
  for (const key of Object.keys(record)) if (!KNOWN.has(key)) problems.push(`unknown field "${key}" (known: ${[...KNOWN].join(', ')})`);
  for (const field of TEXT_FIELDS) {
    if (!(field in record)) continue;
    const v = record[field];
    if (v === null || (typeof v === 'string' && v.trim() !== '')) meta[field] = v === null ? null : v.trim();
    else problems.push(`"${field}" must be a non-empty string or null`);
  }
  if ('date' in record) {
    const v = record.date;
    if (v === null || (typeof v === 'string' && isIsoDate(v))) meta.date = v;
    else problems.push('"date" must be a date as YYYY-MM-DD, or null');
  }
  if ('url' in record) {
    const v = record.url;
    if (v === null || (typeof v === 'string' && /^https?:\/\/\S+$/.test(v) && URL.canParse(v))) meta.url = v;
    else problems.push('"url" must be an http(s) address, or null');
  }
  if ('note' in record && typeof record.note !== 'string') problems.push('"note" must be a string');
  return problems.length > 0 ? { problems } : { meta };
}
