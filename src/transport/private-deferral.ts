import { MessageFlags } from 'discord-api-types/v10';
import { answeredBelowNotice } from '../render/discord/notices.js';
import type { MessagePayload } from './interaction.js';

/** The three webhook calls on an interaction's messages, as each transport makes them. */
export interface DeferredMessages {
  editOriginal(payload: MessagePayload): Promise<void>;
  followUp(payload: MessagePayload): Promise<void>;
  deleteOriginal(): Promise<void>;
}

// An edit cannot change a message's flags: they were fixed when it was created.
function withoutFlags(payload: MessagePayload): MessagePayload {
  const { flags: _fixed, ...edit } = payload;
  return edit;
}

const isEphemeral = (payload: MessagePayload): boolean => ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/**
 * Delivers the answer of a command that was deferred privately because its time budget ran out.
 * Both transports defer privately only, so that a private or empty answer never shows in the
 * channel: a private answer simply replaces the "thinking…" (its flags were fixed at the deferral).
 * A public answer must be a new message, and Discord turns the first follow-up after a deferral
 * into an edit of it; so the private placeholder is resolved first, then the answer is posted, then
 * the placeholder (which only the user saw) is removed.
 */
export async function answerAfterPrivateDeferral(messages: DeferredMessages, payload: MessagePayload): Promise<void> {
  if (isEphemeral(payload)) return messages.editOriginal(withoutFlags(payload));
  await messages.editOriginal(withoutFlags(answeredBelowNotice()));
  await messages.followUp(payload);
  await messages.deleteOriginal();
}
