import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { MessagePayload } from '../../transport/interaction.js';
import { LIMITS } from './limits.js';
import { truncate } from './truncate.js';

/** No @everyone, @here, role or user pings, whatever the text says. */
export function noMentions(): { parse: [] } {
  return { parse: [] };
}

const EMPTY_FIELD = '—';

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name, LIMITS.fieldName) || EMPTY_FIELD,
    value: truncate(field.value, LIMITS.fieldValue) || EMPTY_FIELD,
  };
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.description);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.author) };
  if (embed.fields) fitted.fields = embed.fields.slice(0, LIMITS.fields).map(fitField);
  return fitted;
}

/** Brings the embeds under the 6,000-character total: last fields go first, then descriptions shrink. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const total = (): number => embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  for (let e = embeds.length - 1; e >= 0 && total() > LIMITS.embedTotal; e--) {
    const embed = embeds[e]!;
    while ((embed.fields?.length ?? 0) > 0 && total() > LIMITS.embedTotal) embed.fields = embed.fields!.slice(0, -1);
    if (embed.description && total() > LIMITS.embedTotal) {
      const excess = total() - LIMITS.embedTotal;
      embed.description = truncate(embed.description, Math.max(1, embed.description.length - excess));
    }
  }
  // Whatever still overflows (titles and footers alone) goes with the embeds that carry it.
  while (embeds.length > 1 && total() > LIMITS.embedTotal) embeds.pop();
  return embeds;
}

function checkComponents(payload: MessagePayload): void {
  const rows = payload.components ?? [];
  if (rows.length > LIMITS.actionRows) throw new Error(`a message may have ${LIMITS.actionRows} action rows, not ${rows.length}`);
  for (const row of rows) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const customId = 'custom_id' in component ? component.custom_id : undefined;
      if (customId !== undefined && customId.length > LIMITS.customId) {
        throw new Error(`custom_id longer than ${LIMITS.customId} characters: ${customId}`);
      }
    }
  }
}

/**
 * The last step of every message the bot sends: applies every Discord limit (text is cut at a
 * sentence or word boundary, never inside markdown), drops mass mentions with
 * `allowed_mentions: { parse: [] }`, and keeps the flags. Throws on a custom_id over 100
 * characters, which is a bug in the renderer, not something to cut.
 */
export function finalize(payload: MessagePayload): MessagePayload {
  const out: MessagePayload = { ...payload, allowed_mentions: noMentions() };
  if (payload.content !== undefined) out.content = truncate(payload.content, LIMITS.content);
  if (payload.embeds !== undefined) out.embeds = fitTotal(payload.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
  checkComponents(out);
  return out;
}
