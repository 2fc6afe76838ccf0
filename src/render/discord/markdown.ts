import { stripControls } from './controls.js';

/**
 * Discord markdown for text we did not write (questions, article text): escaped so that it shows
 * literally and can neither format, link, nor look like a mention.
 */

// Characters that start formatting, links, mentions (`<@id>`), emoji or timestamps anywhere in a line.
const INLINE = /[\\*_~`|[\]()<>]/g;
// Characters that only mean something at the start of a line: headings, quotes, lists, subtext.
const LINE_START = /^(\s*)([#>+-]|\d+\.)/gm;
const MASS_MENTION = /@(everyone|here)/gi;
const ZERO_WIDTH_SPACE = '\u200b';

/** Shows `text` literally: invisible bidi and zero-width controls removed, markdown escaped. */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(INLINE, '\\$&')
    // Backslash escapes only punctuation, so a numbered list's dot is escaped, not its digits.
    .replace(LINE_START, (_, space: string, marker: string) => (marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`))
    .replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}$1`);
}

/** The inverse of `escapeMarkdown`, to recover user text from a message we rendered. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/gsu, '$1').replaceAll(ZERO_WIDTH_SPACE, '');
}

/** A masked link whose text is escaped and whose address cannot end the link early. */
export function link(text: string, url: string | null): string {
  const label = escapeMarkdown(text);
  if (url === null || !/^https?:\/\//i.test(url)) return label;
  const safeUrl = url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${safeUrl})`;
}

/** Wraps the given ranges of `text` in bold; everything is escaped. Ranges may overlap or be unsorted. */
export function boldRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    if (e <= s) continue;
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = '';
  let at = 0;
  for (const [s, e] of merged) {
    out += escapeMarkdown(text.slice(at, s));
    const inner = text.slice(s, e);
    // Bold around leading/trailing spaces does not render; keep them outside the markers.
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    const core = inner.trim();
    out += core ? `${inner.slice(0, lead)}**${escapeMarkdown(core)}**${inner.slice(inner.length - trail)}` : inner;
    at = e;
  }
  return out + escapeMarkdown(text.slice(at));
}
