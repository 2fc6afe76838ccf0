/**
 * Gateway and interaction payloads as Discord sends them, with the fields discord.js 14.28 reads
 * (it takes the channel from `channel.id`, and expects `entitlements` and
 * `authorizing_integration_owners` on every interaction).
 */
import { randomBytes } from 'node:crypto';

let counter = 0n;
/** A fresh snowflake-shaped id (19 digits). */
export function snowflake(): string {
  counter += 1n;
  return (1_300_000_000_000_000_000n + counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
  public_flags: number;
}

export function user(id: string, username = `user${id.slice(-4)}`, bot = false): FakeUser {
  return { id, username, global_name: bot ? null : username, discriminator: '0', avatar: null, public_flags: 0, ...(bot ? { bot } : {}) };
}

const ALL_PERMISSIONS = '2248473465835073';
const NOW = () => new Date().toISOString();

export interface FakeWorld {
  applicationId: string;
  bot: FakeUser;
  guildId: string;
  channelId: string;
}

export function readyPayload(world: FakeWorld, sessionId: string, resumeUrl: string): Record<string, unknown> {
  return {
    v: 10,
    user: { ...world.bot, verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: resumeUrl,
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    user_settings: {},
    shard: [0, 1],
    _trace: ['fake-discord'],
  };
}

export function guildCreatePayload(world: FakeWorld): Record<string, unknown> {
  return {
    id: world.guildId,
    name: 'storybot test guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.bot.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: world.guildId, name: '@everyone', permissions: ALL_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: NOW(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [{ id: world.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

interface InteractionBaseOptions {
  world: FakeWorld;
  userId: string;
  /** Where it was used: a server the bot is in (default), or a DM with the user who installed the app. */
  place?: 'guild' | 'user-install-dm';
}

/** The fields of an interaction used in a DM through a user-installed app: no guild, `user` not `member`. */
function userInstallDm(base: Record<string, unknown> & { id: string; token: string }, userId: string) {
  const { guild_id: _g, guild: _guild, member: _m, guild_locale: _l, ...rest } = base;
  const dm = snowflake();
  return {
    ...rest,
    user: user(userId),
    channel_id: dm,
    channel: { id: dm, type: 1, last_message_id: null, flags: 0, recipients: [user(userId)] },
    authorizing_integration_owners: { '1': userId },
    context: 2,
  };
}

function interactionBase(type: number, { world, userId, place }: InteractionBaseOptions): Record<string, unknown> & { id: string; token: string } {
  const base = guildInteractionBase(type, world, userId);
  return place === 'user-install-dm' ? userInstallDm(base, userId) : base;
}

function guildInteractionBase(type: number, world: FakeWorld, userId: string): Record<string, unknown> & { id: string; token: string } {
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    token: `fake-${randomBytes(24).toString('base64url')}`,
    version: 1,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    channel_id: world.channelId,
    channel: { id: world.channelId, type: 0, guild_id: world.guildId, name: 'general', position: 0, permissions: ALL_PERMISSIONS, nsfw: false, parent_id: null, last_message_id: null, rate_limit_per_user: 0, flags: 0, topic: null },
    member: {
      user: user(userId),
      roles: [],
      permissions: ALL_PERMISSIONS,
      joined_at: NOW(),
      premium_since: null,
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
    },
    app_permissions: ALL_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export type OptionValue = string | boolean | number;

const OPTION_TYPE = { string: 3, number: 10, boolean: 5 } as const;

function option(name: string, value: OptionValue, focused = false): Record<string, unknown> {
  const type = typeof value === 'boolean' ? OPTION_TYPE.boolean : typeof value === 'number' ? OPTION_TYPE.number : OPTION_TYPE.string;
  return { name, type, value, ...(focused ? { focused: true } : {}) };
}

const commandIds = new Map<string, string>();
/** The id Discord gives a registered command: one per name. */
function commandId(name: string): string {
  let id = commandIds.get(name);
  if (!id) commandIds.set(name, (id = snowflake()));
  return id;
}

export function commandInteraction(base: InteractionBaseOptions, name: string, options: Record<string, OptionValue> = {}) {
  return {
    ...interactionBase(2, base),
    data: { id: commandId(name), name, type: 1, guild_id: base.world.guildId, options: Object.entries(options).map(([k, v]) => option(k, v)) },
  };
}

/** A message context-menu command used on `target` (a message as Discord returns it). */
export function messageCommandInteraction(base: InteractionBaseOptions, name: string, target: Record<string, unknown>) {
  return {
    ...interactionBase(2, base),
    data: { id: commandId(name), name, type: 3, guild_id: base.world.guildId, target_id: target.id as string, resolved: { messages: { [target.id as string]: target } } },
  };
}

export function autocompleteInteraction(base: InteractionBaseOptions, name: string, options: Record<string, OptionValue>, focused: string) {
  return {
    ...interactionBase(4, base),
    data: {
      id: commandId(name),
      name,
      type: 1,
      guild_id: base.world.guildId,
      options: Object.entries(options).map(([k, v]) => option(k, v, k === focused)),
    },
  };
}

export function buttonInteraction(base: InteractionBaseOptions, customId: string, message: Record<string, unknown>) {
  return { ...interactionBase(3, base), data: { custom_id: customId, component_type: 2 }, message };
}

/** A message as Discord returns it, from a message payload the bot sent. */
export function messageFrom(world: FakeWorld, data: Record<string, unknown>, id = snowflake()): Record<string, unknown> {
  return {
    id,
    type: 20,
    channel_id: world.channelId,
    author: world.bot,
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: NOW(),
    edited_timestamp: null,
    flags: data.flags ?? 0,
    application_id: world.applicationId,
    webhook_id: world.applicationId,
  };
}
