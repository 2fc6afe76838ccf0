import { agencyName } from './agencies.js';
import { findDate } from './dates.js';

// Words that may stand between the capitalised parts of a name: "Anna de la Cruz and Jo Smith".
const CONNECTORS = new Set(['and', '&', 'of', 'the', 'de', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'dos', 'das', 'di', 'du', 'bin', 'al', 'el', 'y', 'in', 'for']);
const ROLE = /\b(?:desk|staff|reporter|correspondent|writer|bureau|editor|team|newsroom|contributor|journalist)s?$/i;
// Date-line words besides the date itself: "Published 3:45 PM EDT, Sat May 3, 2025 | Updated …".
const DATE_WORDS =
  /\b(?:published|updated|posted|last updated|first published|modified|on|at|am|pm|a\.m\.|p\.m\.|(?:gmt|utc)(?:[+−-]\d{1,2}(?::?\d{2})?)?|bst|cet|cest|est|edt|et|pt|pst|pdt|cst|cdt|ist|aest|\d{1,2}[:.]\d{2}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/gi;

/** Looks like a person's or desk's name: a few capitalised words and connectors. */
function isNameLike(text: string, maxWords = 10): boolean {
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  const capitalised = (w: string): boolean => /^[\p{Lu}\d][\p{L}\p{M}.'’-]*$/u.test(w);
  // Starts and ends with a capitalised word, so "By Monday, the" (a wrapped sentence) is no name.
  return words.every((w) => capitalised(w) || CONNECTORS.has(w.toLowerCase())) && /^\p{Lu}/u.test(words[0]!) && capitalised(words.at(-1)!);
}

/** The byline of a line such as "By Jane Doe, Reuters", "By The Associated Press", "News Desk", "Reuters"; else null. */
export function parseByline(line: string): string | null {
  const by = /^by[:\s]\s*(.+)$/i.exec(line);
  if (by) {
    // "By Jane Doe | BBC News · 4 May 2025": the name is the part before a separator or a date.
    let names = by[1]!.split(/\s*(?:[|•·]|\s[-–—]\s)\s*/)[0]!;
    const date = findDate(names);
    if (date) names = names.slice(0, date.index);
    names = names.replace(/[\s,;:]+$/, '');
    return isNameLike(names) ? names : null;
  }
  if (agencyName(line)) return line.replace(/[.\s]+$/, '');
  if (ROLE.test(line) && isNameLike(line, 5)) return line;
  return null;
}

export interface DateLine {
  date: string | null;
  byline: string | null;
  /** "Updated …" lines: the publication date, when also present, wins. */
  updated: boolean;
}

/** A short line carrying a date and nothing else of substance ("May 04, 2025", "News Desk May 04, 2025", "Updated 5 hours ago"). */
export function parseDateLine(line: string, words: number): DateLine | null {
  if (words > 14) return null;
  const updated = /^(?:last )?updated\b/i.test(line);
  const found = findDate(line);
  if (!found) {
    if (/^(?:published|updated|posted|last updated|first published)\b/i.test(line) && words <= 10) return { date: null, byline: null, updated };
    if (/^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i.test(line)) return { date: null, byline: null, updated };
    return null;
  }
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
    .replace(DATE_WORDS, ' ')
    .replace(/[|•·,:;–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (rest === '') return { date: found.date, byline: null, updated };
  const byline = parseByline(rest) ?? (isNameLike(rest, 4) ? rest : null);
  return byline === null ? null : { date: found.date, byline, updated };
}

/** The outlet an outlet-desk byline names: "Example Times News Desk", "Daily Post Web Desk" → the part before the desk. */
export function deskOutlet(byline: string): string | null {
  const m = /^(.+?)\s+(?:news|web|digital|online)\s+desk$/i.exec(byline.trim());
  if (!m || !isNameLike(m[1]!, 5) || /^the$/i.test(m[1]!)) return null;
  return m[1]!;
}

/**
 * A byline line whose parts are set apart by separators: "Example Times News Desk | Lagos | Updated: 04-05-2025 05:17 IST".
 * The first part is the byline; the others are short (a place, a time stamp); a date anywhere in it is read.
 */
export function parseSeparatedByline(line: string, words: number): DateLine | null {
  if (words > 20) return null;
  const parts = line.split(/\s*[|•·]\s*/).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const byline = parseByline(parts[0]!);
  if (!byline || !parts.slice(1).every((part) => part.split(/\s+/).length <= 6)) return null;
  const found = findDate(line);
  return { byline, date: found?.date ?? null, updated: found !== null && /\bupdated\b/i.test(line.slice(0, found.index)) && !/\bpublished\b/i.test(line) };
}
