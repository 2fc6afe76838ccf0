import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { LIMITS } from './limits.js';

/**
 * Everything a button click needs travels in its custom_id, so that any process (the gateway bot
 * after a restart, or a stateless HTTP endpoint) can serve it: `command:action:owner:value:issued:mac`.
 * The rest (the question) is read back from the message the button is on, and the MAC binds the
 * two: an HMAC over the fields and that text, keyed from the bot's secret, so a custom_id cannot be
 * forged or edited (another owner, a negative offset, a far-future time) nor moved to another message.
 */
export interface ButtonState {
  /** The slash command whose module handles the click. */
  command: string;
  action: string;
  /** The user who ran the command: only they may page. */
  owner: string;
  /** A page offset or number: 0 to MAX_BUTTON_VALUE. */
  value: number;
  /** When the buttons were made, in ms since the epoch (stored at second precision). */
  issuedAt: number;
}

/** Buttons stop working after Discord's interaction-token lifetime. */
export const BUTTON_LIFETIME_MS = 15 * 60 * 1000;
/** Clocks of replicas may differ this much; a button issued further in the future is refused. */
const CLOCK_SKEW_MS = 60 * 1000;
export const MAX_BUTTON_VALUE = 1_000_000;
const MAC_CHARS = 16; // 96 bits, base64url
const BASE36 = /^[0-9a-z]{1,12}$/;

let key = randomBytes(32);

/**
 * Keys the custom_id MACs from the bot's secret (DISCORD_TOKEN), so that every replica and restart
 * agrees; until then a random key of this process is used (buttons then work until it exits).
 */
export function useButtonSecret(secret: string): void {
  key = Buffer.from(hkdfSync('sha256', secret, 'storybot', 'custom_id mac v1', 32));
}

function mac(fields: string, context: string): string {
  return createHmac('sha256', key).update(`${fields}\n${context}`).digest('base64url').slice(0, MAC_CHARS);
}

/** `context`: the text of the message the button acts on (the question), which the MAC covers. */
export function encodeButton(state: ButtonState, context = ''): string {
  if (!Number.isSafeInteger(state.value) || state.value < 0 || state.value > MAX_BUTTON_VALUE) throw new Error(`button value out of range: ${state.value}`);
  const issued = Math.floor(state.issuedAt / 1000).toString(36);
  const fields = [state.command, state.action, state.owner, state.value.toString(36), issued].join(':');
  const id = `${fields}:${mac(fields, context)}`;
  if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId} characters: ${id}`);
  return id;
}

/** The state of a custom_id we made for a message with this `context`; null when malformed, forged or for other text. */
export function decodeButton(customId: string, context = ''): ButtonState | null {
  const parts = customId.split(':');
  if (parts.length !== 6) return null;
  const [command, action, owner, value, issued, signature] = parts as [string, string, string, string, string, string];
  if (!command || !action || !/^\d{1,20}$/.test(owner) || !BASE36.test(value) || !BASE36.test(issued)) return null;
  const expected = Buffer.from(mac(parts.slice(0, 5).join(':'), context));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const number = Number.parseInt(value, 36);
  if (number > MAX_BUTTON_VALUE) return null;
  return { command, action, owner, value: number, issuedAt: Number.parseInt(issued, 36) * 1000 };
}

/** The command a custom_id belongs to, before it is authenticated: for routing only. */
export function commandOfButton(customId: string): string {
  return customId.split(':', 1)[0] ?? '';
}

/** Past its lifetime, or issued in the future (beyond clock skew): either way no longer usable. */
export function isExpired(state: ButtonState, now: number): boolean {
  return now - state.issuedAt > BUTTON_LIFETIME_MS || state.issuedAt - now > CLOCK_SKEW_MS;
}

export interface ButtonSpec {
  label: string;
  state: ButtonState;
  /** The text the MAC binds the button to (see encodeButton). */
  context?: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  disabled?: boolean;
}

/** One row of buttons (at most five). */
export function buttonRow(specs: ButtonSpec[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  const components: APIButtonComponentWithCustomId[] = specs.slice(0, LIMITS.buttonsPerRow).map((spec) => ({
    type: ComponentType.Button,
    style: spec.style ?? ButtonStyle.Secondary,
    label: spec.label.slice(0, LIMITS.buttonLabel),
    custom_id: encodeButton(spec.state, spec.context),
    disabled: spec.disabled ?? false,
  }));
  return { type: ComponentType.ActionRow, components };
}
