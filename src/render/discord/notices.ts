import { MessageFlags } from 'discord-api-types/v10';
import type { MessagePayload } from '../../transport/interaction.js';
import { finalize } from './payload.js';

/** A short ephemeral message to the person who used a command or clicked a button. */
export function notice(text: string): MessagePayload {
  return finalize({ content: text, flags: MessageFlags.Ephemeral });
}

export function cooldownNotice(secondsLeft: number): MessagePayload {
  const wait = Math.max(1, Math.ceil(secondsLeft));
  return notice(`One moment, please: you can use another command in ${wait} second${wait === 1 ? '' : 's'}.`);
}

export function failureNotice(): MessagePayload {
  return notice('Something went wrong while answering that. It has been logged; please try again in a moment.');
}

export function notYoursNotice(): MessagePayload {
  return notice('These buttons belong to the person who ran the command. Run it yourself to browse your own copy.');
}

export function expiredNotice(command: string): MessagePayload {
  return notice(`These buttons have expired. Run \`/${command}\` again for fresh results.`);
}

/** What the user's private "thinking…" says once their public answer is posted (it is removed right after). */
export function answeredBelowNotice(): MessagePayload {
  return notice('Your answer is posted in the channel.');
}

/** The private thanks for a 👍/👎 on an answer. */
export function voteNotice(up: boolean): MessagePayload {
  return notice(up ? 'Thanks: noted that this answer helped.' : 'Thanks: noted that this answer missed. Try other words, or `/sources` to see what the articles cover.');
}

/** To an interaction that arrives while the bot shuts down: it is answered, not dropped. */
export function restartingNotice(): MessagePayload {
  return notice('The bot is restarting. Please try again in a moment.');
}
