import { pino } from 'pino';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandModule, HandlerDeps, MessagePayload, TargetMessage } from '../../src/transport/interaction.js';
import { seedEngine } from './harness.js';

/**
 * Runs a command module directly, with no transport, and returns what it answered: the reference
 * the HTTP transport's responses must equal (same handlers, same rendering).
 */
export async function answerDirectly(
  module: CommandModule,
  input: { userId: string; options?: Record<string, string | boolean>; now: number; targetMessage?: TargetMessage },
): Promise<MessagePayload[]> {
  const deps: HandlerDeps = { engine: await seedEngine(), logger: pino({ level: 'silent' }), now: () => input.now };
  const replies: MessagePayload[] = [];
  const options = input.options ?? {};
  await module.execute(
    {
      id: 'direct',
      userId: input.userId,
      commandName: module.data.name,
      string: (name) => (typeof options[name] === 'string' ? (options[name] as string) : null),
      boolean: (name) => (typeof options[name] === 'boolean' ? (options[name] as boolean) : null),
      targetMessage: input.targetMessage ?? null,
      reply: async (payload) => void replies.push(payload),
    },
    deps,
  );
  return replies;
}

export async function choicesDirectly(module: CommandModule, focused: { name: string; value: string }): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const deps: HandlerDeps = { engine: await seedEngine(), logger: pino({ level: 'silent' }), now: Date.now };
  let choices: APIApplicationCommandOptionChoice<string>[] = [];
  await module.autocomplete!(
    { id: 'direct', userId: '1', commandName: module.data.name, focused, respond: async (c) => void (choices = c) },
    deps,
  );
  return choices;
}
