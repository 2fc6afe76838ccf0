import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, InteractionType } from 'discord-api-types/v10';

/** Interaction bodies shaped as Discord sends them to an Interactions Endpoint URL. */
export const APPLICATION_ID = '100000000000000001';
let sequence = 0;
const snowflake = (): string => String(200000000000000000n + BigInt(++sequence));

interface Base {
  id: string;
  application_id: string;
  token: string;
  version: 1;
  member: { user: { id: string; username: string } };
  guild_id: string;
  channel: { id: string; type: 0 };
  channel_id: string;
  entitlements: [];
  authorizing_integration_owners: Record<string, string>;
}

function base(userId: string): Base {
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    // Interaction tokens are long opaque strings; each test request gets its own.
    token: `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`,
    version: 1,
    member: { user: { id: userId, username: `user${userId.slice(-4)}` } },
    guild_id: '300000000000000001',
    channel: { id: '400000000000000001', type: 0 },
    channel_id: '400000000000000001',
    entitlements: [],
    authorizing_integration_owners: { '0': '300000000000000001' },
  };
}

export const newUserId = (): string => snowflake();

type Option = { name: string; value: string | boolean; focused?: boolean };
const optionType = (value: string | boolean): ApplicationCommandOptionType =>
  typeof value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String;

export function commandInteraction(name: string, options: Option[] = [], userId = newUserId()) {
  return {
    ...base(userId),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: 1, options: options.map((o) => ({ ...o, type: optionType(o.value) })) },
  };
}

export function autocompleteInteraction(name: string, options: Option[], userId = newUserId()) {
  return { ...commandInteraction(name, options, userId), type: InteractionType.ApplicationCommandAutocomplete };
}

export function buttonInteraction(customId: string, message: { id?: string; content?: string; embeds?: unknown[]; components?: unknown[] }, userId = newUserId()) {
  return {
    ...base(userId),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: 2 },
    message: { id: message.id ?? snowflake(), content: message.content ?? '', embeds: message.embeds ?? [], components: message.components ?? [] },
  };
}

export const pingInteraction = () => ({ id: snowflake(), application_id: APPLICATION_ID, type: InteractionType.Ping, token: 'ping', version: 1 });

/** "Apps → `name`" on a message, with the message resolved as Discord sends it. */
export function messageCommandInteraction(name: string, target: { id?: string; content: string; embeds?: unknown[] }, userId = newUserId()) {
  const id = target.id ?? snowflake();
  return {
    ...base(userId),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: 3, target_id: id, resolved: { messages: { [id]: { id, content: target.content, embeds: target.embeds ?? [], author: { id: newUserId(), username: 'someone' } } } } },
  };
}
