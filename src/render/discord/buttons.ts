import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { LIMITS } from './limits.js';

/**
 * Everything a button click needs travels in its custom_id, so that any process (the gateway bot
 * after a restart, or a stateless HTTP endpoint) can serve it: `command:action:owner:value:issued`.
 * The rest (the question) is read back from the message the button is on.
 */
export interface ButtonState {
  /** The slash command whose module handles the click. */
  command: string;
  action: string;
  /** The user who ran the command: only they may page. */
  owner: string;
  /** A page offset or number. */
  value: number;
  /** When the buttons were made, in ms since the epoch (stored at second precision). */
  issuedAt: number;
}

/** Buttons stop working after Discord's interaction-token lifetime. */
export const BUTTON_LIFETIME_MS = 15 * 60 * 1000;

export function encodeButton(state: ButtonState): string {
  const issued = Math.floor(state.issuedAt / 1000).toString(36);
  const id = [state.command, state.action, state.owner, state.value.toString(36), issued].join(':');
  if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId} characters: ${id}`);
  return id;
}

export function decodeButton(customId: string): ButtonState | null {
  const parts = customId.split(':');
  if (parts.length !== 5) return null;
  const [command, action, owner, value, issued] = parts as [string, string, string, string, string];
  const number = Number.parseInt(value, 36);
  const seconds = Number.parseInt(issued, 36);
  if (!command || !action || !/^\d+$/.test(owner) || !Number.isSafeInteger(number) || !Number.isSafeInteger(seconds)) return null;
  return { command, action, owner, value: number, issuedAt: seconds * 1000 };
}

export function isExpired(state: ButtonState, now: number): boolean {
  return now - state.issuedAt > BUTTON_LIFETIME_MS;
}

export interface ButtonSpec {
  label: string;
  state: ButtonState;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  disabled?: boolean;
}

/** One row of buttons (at most five). */
export function buttonRow(specs: ButtonSpec[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  const components: APIButtonComponentWithCustomId[] = specs.slice(0, LIMITS.buttonsPerRow).map((spec) => ({
    type: ComponentType.Button,
    style: spec.style ?? ButtonStyle.Secondary,
    label: spec.label.slice(0, LIMITS.buttonLabel),
    custom_id: encodeButton(spec.state),
    disabled: spec.disabled ?? false,
  }));
  return { type: ComponentType.ActionRow, components };
}
