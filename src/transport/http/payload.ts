import { ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { APIEmbed } from 'discord-api-types/v10';
import type { TargetMessage } from '../interaction.js';

/** A command option as Discord sends it (sub-commands are not used by storybot). */
export interface OptionValue {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
}

export interface InteractionCommon {
  id: string;
  applicationId: string;
  /** The interaction token: a credential for 15 minutes. Never logged. */
  token: string;
  userId: string;
}

/** The fields storybot reads from a signed interaction, checked once so handlers can trust them. */
export type ParsedInteraction =
  | { kind: 'ping' }
  | (InteractionCommon & { kind: 'command'; commandName: string; options: OptionValue[]; targetMessage: TargetMessage | null })
  | (InteractionCommon & { kind: 'autocomplete'; commandName: string; options: OptionValue[] })
  | (InteractionCommon & { kind: 'button'; customId: string; message: { id: string; content: string; embeds: APIEmbed[] } })
  | { kind: 'unsupported'; type: number };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The message a message context-menu command was used on (`data.resolved.messages[data.target_id]`). */
function targetMessageOf(data: Json): TargetMessage | null {
  if (data.type !== ApplicationCommandType.Message) return null;
  const id = str(data.target_id);
  if (id === null) return null;
  const messages = isObject(data.resolved) && isObject(data.resolved.messages) ? data.resolved.messages : {};
  const message = messages[id];
  if (!isObject(message)) return { id, content: '', embeds: [] };
  return {
    id,
    content: typeof message.content === 'string' ? message.content : '',
    embeds: Array.isArray(message.embeds) ? (message.embeds as APIEmbed[]) : [],
  };
}

/** Returns null when the body is not an interaction: answered 400. */
export function parseInteraction(body: unknown): ParsedInteraction | null {
  if (!isObject(body) || typeof body.type !== 'number') return null;
  if (body.type === InteractionType.Ping) return { kind: 'ping' };
  const id = str(body.id);
  const applicationId = str(body.application_id);
  const token = str(body.token);
  // In a guild the user is in `member.user`; in DMs it is `user`.
  const user = isObject(body.member) && isObject(body.member.user) ? body.member.user : body.user;
  const userId = isObject(user) ? str(user.id) : null;
  const data = body.data;
  if (id === null || applicationId === null || token === null || userId === null || !isObject(data)) return null;
  const common: InteractionCommon = { id, applicationId, token, userId };

  if (body.type === InteractionType.ApplicationCommand || body.type === InteractionType.ApplicationCommandAutocomplete) {
    const commandName = str(data.name);
    const options = data.options ?? [];
    if (commandName === null || !Array.isArray(options) || !options.every((o) => isObject(o) && str(o.name) !== null)) return null;
    if (body.type === InteractionType.ApplicationCommandAutocomplete) return { ...common, kind: 'autocomplete', commandName, options: options as OptionValue[] };
    return { ...common, kind: 'command', commandName, options: options as OptionValue[], targetMessage: targetMessageOf(data) };
  }
  if (body.type === InteractionType.MessageComponent) {
    const customId = str(data.custom_id);
    const message = body.message;
    if (customId === null || !isObject(message) || str(message.id) === null) return null;
    const embeds = Array.isArray(message.embeds) ? (message.embeds as APIEmbed[]) : [];
    const content = typeof message.content === 'string' ? message.content : '';
    return { ...common, kind: 'button', customId, message: { id: message.id as string, content, embeds } };
  }
  return { kind: 'unsupported', type: body.type };
}
