/**
 * Discord markup that carries no words of the question: mentions of users, roles and channels,
 * @everyone/@here, slash-command mentions, timestamps, custom and shortcode emoji, URLs, code fences,
 * Markdown emphasis, quote and heading markers, list numbering, and invisible format characters.
 * Each is replaced by a space so that the words around it stay apart.
 */
const MARKUP: readonly RegExp[] = [
  /<(?:@[!&]?|#)\d{5,25}>/g, // <@123>, <@!123>, <@&123>, <#123>
  /<\/[\w -]{1,100}:\d{5,25}>/g, // </ask:123>
  /<t:-?\d{1,13}(?::[tTdDfFR])?>/g, // <t:0:R>
  /<a?:\w{2,32}:\d{5,25}>/g, // <:pepe:123>, <a:dance:123>
  /(?<![\w/]):[a-z0-9_+-]{2,32}:(?![\w/])/gi, // :thinking:
  /@(?:everyone|here)\b/gi,
  /<?\bhttps?:\/\/[^\s<>]+>?/gi,
  /\bwww\.[^\s<>]+/gi,
  /```[\s\S]*?```/g,
  /[\u0000-\u0008\u000B-\u001F\u007F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g,
];

/** Markdown signs around words, and markers at the start of a line ("> ", "# ", "1. ", "- "). */
const EMPHASIS = /(\*{1,3}|_{1,3}|~~|\|\||`+)/g;
const LINE_MARKERS = /^[ \t]*(?:>{1,3}|#{1,3}|-#|\d{1,3}[.)]|[-*+•])[ \t]+/gm;

/** The question's words without Discord markup; the words themselves are kept as typed. */
export function stripMarkup(text: string): string {
  let plain = text;
  for (const pattern of MARKUP) plain = plain.replace(pattern, ' ');
  plain = plain.replace(LINE_MARKERS, '').replace(EMPHASIS, ' ');
  return plain.replace(/\s+/g, ' ').trim();
}
