import { agencyName } from './agencies.js';

export interface Dateline {
  /** "MEXICO CITY (AP)" */
  text: string;
  /** The agency named in parentheses, as an outlet name: "The Associated Press". */
  agency: string | null;
  /** Characters from the start of the paragraph to the first word of the story. */
  length: number;
  /** A place in ordinary case before a dash ("Northport - "): a dateline only where the story starts. */
  weak?: true;
}

const DASH = '(?:—|–|--?|―)';
// "MEXICO CITY (AP) — ", "KYIV, Ukraine (AP) — ", "WASHINGTON, May 3 (Reuters) - ", "LONDON — ".
const CAPS_PLACE = new RegExp(`^([\\p{Lu}][\\p{Lu}\\p{M}.'’ -]*[\\p{Lu}.](?:,\\s*[\\p{L}\\d.'’ ]{2,30}?)?)(?:\\s*\\(([^()]{1,40})\\))?\\s*${DASH}(?:\\s+|$)`, 'u');
// "Mexico City (Reuters) - ": a place in ordinary case needs the agency to count.
const PLACE_WITH_AGENCY = new RegExp(`^([\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}?(?:,\\s*[\\p{L}\\d.'’ ]{2,30}?)?)\\s*\\(([^()]{1,40})\\)\\s*${DASH}(?:\\s+|$)`, 'u');

// "(AP) — President …": an agency without a place; only a known agency counts.
const AGENCY_ONLY = new RegExp(`^\\(([^()]{1,40})\\)\\s*${DASH}\\s+`, 'u');
// "Washington DC - President …", "Lagos, Nigeria – The …": a place in ordinary case, a dash with spaces on both
// sides, then a capitalised word. Up to four capitalised words: a sentence does not open so.
const PLACE_WORD = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*";
const PLACE_DASH = new RegExp(`^(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})?)\\s+${DASH}\\s+(?=["“‘']?\\p{Lu})`, 'u');

function agencyOf(paren: string | undefined): string | null {
  if (paren === undefined) return null;
  const name = paren.trim();
  return agencyName(name) ?? (/^[\p{Lu}][\p{L}&.' -]{0,30}$/u.test(name) ? name : null);
}

/** The dateline that opens a story's first paragraph, if any. */
export function matchDateline(paragraph: string): Dateline | null {
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly) {
    const agency = agencyName(agencyOnly[1]!.trim());
    return agency ? { text: `(${agencyOnly[1]!.trim()})`, agency, length: agencyOnly[0].length } : null;
  }
  const caps = CAPS_PLACE.exec(paragraph);
  const m = caps ?? PLACE_WITH_AGENCY.exec(paragraph);
  if (!m) return placeDash(paragraph);
  const place = m[1]!.trim();
  const agency = agencyOf(m[2]);
  // Without capitals, only a recognisable agency in parentheses makes it a dateline.
  if ((place.match(/\p{L}/gu) ?? []).length < 2 || (!caps && agency === null)) return null;
  return { text: m[2] === undefined ? place : `${place} (${m[2].trim()})`, agency, length: m[0].length };
}

/** "Washington DC - ": an ordinary-case place before a spaced dash (no agency). */
function placeDash(paragraph: string): Dateline | null {
  const m = PLACE_DASH.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  // A name or a title before a dash is an aside ("Ms Lopez – who …" never matches: a lowercase word follows);
  // what is left to rule out is a word that opens sentences.
  if (OPENERS.has(place.split(/[\s,]+/)[0]!.toLowerCase())) return null;
  return { text: place, agency: null, length: m[0].length, weak: true };
}

// Capitalised words that open sentences: "The Senate - …" is not a place.
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'there', 'here', 'his', 'her', 'their', 'our', 'my', 'its']);
