import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandInteraction,
  MessagePayload,
  TargetMessage,
} from '../../src/transport/interaction.js';

let next = 0;
const id = () => `9${String(++next).padStart(18, '0')}`;

/** What a handler did with a neutral interaction, in order. */
export type Call = { method: 'reply' | 'update'; payload: MessagePayload } | { method: 'respond'; choices: unknown[] };

export function commandInteraction(
  commandName: string,
  options: Record<string, string | boolean>,
  userId: string,
  fail?: (method: string) => unknown,
  targetMessage: TargetMessage | null = null,
): CommandInteraction & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    id: id(),
    userId,
    commandName,
    calls,
    string: (name) => (typeof options[name] === 'string' ? (options[name] as string) : null),
    boolean: (name) => (typeof options[name] === 'boolean' ? (options[name] as boolean) : null),
    targetMessage,
    async reply(payload) {
      if (fail?.('reply')) throw fail('reply');
      calls.push({ method: 'reply', payload });
    },
  };
}

export function buttonInteraction(customId: string, message: { embeds?: MessagePayload['embeds']; content?: string }, userId: string): ButtonInteraction & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    id: id(),
    userId,
    customId,
    calls,
    message: { id: id(), content: message.content ?? '', embeds: message.embeds ?? [] },
    async update(payload) {
      calls.push({ method: 'update', payload });
    },
    async reply(payload) {
      calls.push({ method: 'reply', payload });
    },
  };
}

export function autocompleteInteraction(commandName: string, focused: { name: string; value: string }, userId: string): AutocompleteInteraction & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    id: id(),
    userId,
    commandName,
    focused,
    calls,
    async respond(choices) {
      calls.push({ method: 'respond', choices });
    },
  };
}
