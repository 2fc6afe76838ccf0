import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord-api-types/v10';
import type { AskOptions, OutletCount } from '../../answer/types.js';
import type { MessagePayload } from '../../transport/interaction.js';
import { escapeMarkdown, unescapeMarkdown } from './markdown.js';

export type AskFilters = Pick<AskOptions, 'outlet' | 'since' | 'until'>;

/** The embed field that shows an /ask's filters, and carries them to its paging buttons. */
const FIELD_NAME = 'Only';
const LABELS = { outlet: 'Outlet', since: 'Since', until: 'Until' } as const;
const CHOICES_MAX = 25;
const CHOICE_MAX_LENGTH = 100;

/** The answer with its filters shown under it (nothing added when there are none). */
export function withAskFilters(payload: MessagePayload, filters: AskFilters): MessagePayload {
  const lines = (Object.keys(LABELS) as Array<keyof typeof LABELS>).filter((key) => filters[key]).map((key) => `${LABELS[key]}: ${escapeMarkdown(filters[key]!)}`);
  const [embed, ...rest] = payload.embeds ?? [];
  if (lines.length === 0 || !embed) return payload;
  return { ...payload, embeds: [{ ...embed, fields: [...(embed.fields ?? []), { name: FIELD_NAME, value: lines.join('\n') }] }, ...rest] };
}

/** The filters of an /ask message, read back from it for its buttons. */
export function askFiltersOfMessage(message: { embeds: ReadonlyArray<Pick<APIEmbed, 'fields'>> }): AskFilters {
  const field = message.embeds[0]?.fields?.find((f) => f.name === FIELD_NAME);
  const filters: AskFilters = {};
  for (const line of field?.value.split('\n') ?? []) {
    for (const [key, label] of Object.entries(LABELS) as Array<[keyof typeof LABELS, string]>) {
      if (line.startsWith(`${label}: `)) filters[key] = unescapeMarkdown(line.slice(label.length + 2));
    }
  }
  return filters;
}

/** Autocomplete choices for the outlet filter: the corpus's outlets, with their article counts. */
export function outletChoices(outlets: readonly OutletCount[]): APIApplicationCommandOptionChoice<string>[] {
  return outlets
    .filter((o) => o.outlet.length <= CHOICE_MAX_LENGTH)
    .slice(0, CHOICES_MAX)
    .map((o) => {
      const count = ` (${o.articles})`;
      const name = o.outlet.length + count.length <= CHOICE_MAX_LENGTH ? o.outlet + count : o.outlet;
      return { name, value: o.outlet };
    });
}
