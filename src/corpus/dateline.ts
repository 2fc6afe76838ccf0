import { agencyName } from './agencies.js';

export interface Dateline {
  /** "MEXICO CITY (AP)" */
  text: string;
  /** The agency named in parentheses, as an outlet name: "The Associated Press". */
  agency: string | null;
  /** Characters from the start of the paragraph to the first word of the story. */
  length: number;
}

const DASH = '(?:—|–|--?|―)';
// "MEXICO CITY (AP) — ", "KYIV, Ukraine (AP) — ", "WASHINGTON, May 3 (Reuters) - ", "LONDON — ".
const CAPS_PLACE = new RegExp(`^([\\p{Lu}][\\p{Lu}\\p{M}.'’ -]*[\\p{Lu}.](?:,\\s*[\\p{L}\\d.'’ ]{2,30}?)?)(?:\\s*\\(([^()]{1,40})\\))?\\s*${DASH}(?:\\s+|$)`, 'u');
// "Mexico City (Reuters) - ": a place in ordinary case needs the agency to count.
const PLACE_WITH_AGENCY = new RegExp(`^([\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}?(?:,\\s*[\\p{L}\\d.'’ ]{2,30}?)?)\\s*\\(([^()]{1,40})\\)\\s*${DASH}(?:\\s+|$)`, 'u');

function agencyOf(paren: string | undefined): string | null {
  if (paren === undefined) return null;
  const name = paren.trim();
  return agencyName(name) ?? (/^[\p{Lu}][\p{L}&.' -]{0,30}$/u.test(name) ? name : null);
}

/** The dateline that opens a story's first paragraph, if any. */
export function matchDateline(paragraph: string): Dateline | null {
  const caps = CAPS_PLACE.exec(paragraph);
  const m = caps ?? PLACE_WITH_AGENCY.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  const agency = agencyOf(m[2]);
  // Without capitals, only a recognisable agency in parentheses makes it a dateline.
  if ((place.match(/\p{L}/gu) ?? []).length < 2 || (!caps && agency === null)) return null;
  return { text: m[2] === undefined ? place : `${place} (${m[2].trim()})`, agency, length: m[0].length };
}
