import type { APIEmbed } from 'discord-api-types/v10';
import { collapseWhitespace } from '../../corpus/text.js';

/**
 * The words of a Discord message, without its markup: what "Ask storybot" on a message asks.
 * Mentions, channel and role links, timestamps, custom and Unicode emoji, addresses and formatting
 * markers are dropped; a masked link keeps its text; code keeps its content.
 */

// `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `</command:id>`, `<t:123:R>`, `<:name:id>`, `<a:name:id>`, `<id:customize>`.
const ANGLE_TOKENS = /<(?:@[!&]?\d+|#\d+|\/[^:>]+:\d+|t:-?\d+(?::[a-zA-Z])?|a?:\w+:\d+|id:\w+)>/g;
const MASS_MENTIONS = /@(?:everyone|here)\b/g;
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/gi;
const ADDRESS = /<?\bhttps?:\/\/[^\s>]+>?/gi;
// Pictographs with their modifiers, joiners, variation selectors and keycaps; flags (regional indicators).
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200D\uFE0E\uFE0F\u20E3]/gu;
// Headings, subtext and block quotes at the start of a line.
const LINE_MARKERS = /^[ \t]*(?:#{1,3}[ \t]+|-#[ \t]+|>{1,3}[ \t]?)/gm;
const CODE_FENCE = /```[\w+-]*\n?|`/g;
const STYLE_MARKERS = /\*+|~~|\|\||(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const ESCAPE = /\\([^\p{L}\p{N}\s])/gu;

export function plainTextOfMarkup(markup: string): string {
  const text = markup
    .replace(ANGLE_TOKENS, ' ')
    .replace(MASS_MENTIONS, ' ')
    .replace(MASKED_LINK, '$1')
    .replace(ADDRESS, ' ')
    .replace(EMOJI, '')
    .replace(LINE_MARKERS, '')
    .replace(CODE_FENCE, '')
    // Escaped markers are literal text: protect them from the marker pass with a private-use character.
    .replace(ESCAPE, (_, c: string) => `\uE000${c.codePointAt(0)}\uE001`)
    .replace(STYLE_MARKERS, '')
    .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCodePoint(Number(code)));
  return collapseWhitespace(text);
}

/** The text of a message: its content, else (a bot's message) its embeds' titles and descriptions. */
export function plainTextOfMessage(message: { content: string; embeds: readonly APIEmbed[] }): string {
  const content = plainTextOfMarkup(message.content);
  if (content) return content;
  return plainTextOfMarkup(message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '']).join('\n'));
}
