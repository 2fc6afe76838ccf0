import type { APIEmbed } from 'discord-api-types/v10';
import { stripMarkup } from '../../answer/ask/markup.js';

// What stripMarkup (the engine's reading of a typed question) leaves that a whole message may hold:
// a masked link's brackets around its text, and Unicode emoji (pictographs with their modifiers,
// joiners, variation selectors and keycaps; flags), which would otherwise show in the answer's title.
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/gi;
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

/** The words of some Discord markup, as the engine reads a question, without emoji and link brackets. */
export function plainTextOfMarkup(markup: string): string {
  // Markers are replaced by spaces: none is left before closing punctuation ("the **pier**?").
  return stripMarkup(markup.replace(MASKED_LINK, '$1').replace(EMOJI, ' ')).replace(/ +(?=[?!.,;:)])/g, '');
}

/**
 * The words of a Discord message: what "Ask storybot" on it asks. Its content, else (a bot's
 * message) its embeds' titles and descriptions.
 */
export function plainTextOfMessage(message: { content: string; embeds: readonly APIEmbed[] }): string {
  const content = plainTextOfMarkup(message.content);
  if (content) return content;
  return plainTextOfMarkup(message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '']).join('\n'));
}
