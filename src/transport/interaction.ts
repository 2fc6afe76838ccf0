import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteractionResponseCallbackData,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Engine } from '../answer/types.js';
import type { Logger } from '../log.js';

/**
 * The transport-neutral view of a Discord interaction. The gateway transport (discord.js) and the
 * HTTP interactions transport (signed webhooks) both implement these, so `commands/` is written once.
 */
export type MessagePayload = APIInteractionResponseCallbackData;

interface InteractionBase {
  /** The interaction's id, for logs. */
  id: string;
  userId: string;
}

/** The message a message context-menu command was used on, as Discord resolved it. */
export interface TargetMessage {
  id: string;
  content: string;
  embeds: APIEmbed[];
}

export interface CommandInteraction extends InteractionBase {
  commandName: string;
  string(name: string): string | null;
  boolean(name: string): boolean | null;
  /** For a message context-menu command: the message it was used on; otherwise null. */
  targetMessage: TargetMessage | null;
  /**
   * The answer. Sent as the initial response when it is ready within the transport's time budget;
   * when the budget runs out first, the transport has acknowledged privately ("thinking…" seen by
   * the user alone) and the answer replaces that, so a private or empty answer never shows publicly.
   * A follow-up after the first answer.
   */
  reply(payload: MessagePayload): Promise<void>;
}

export interface AutocompleteInteraction extends InteractionBase {
  commandName: string;
  focused: { name: string; value: string };
  respond(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
}

export interface ButtonInteraction extends InteractionBase {
  /** Prefixed with the owning command's name, then `:`. At most 100 characters. */
  customId: string;
  /** The message the button is on, as Discord sends it with the click. */
  message: { id: string; content: string; embeds: APIEmbed[] };
  /** Replace the message the button is on (pagination). */
  update(payload: MessagePayload): Promise<void>;
  /** A new message, e.g. an ephemeral "this button is not yours". */
  reply(payload: MessagePayload): Promise<void>;
}

/** What handlers may use besides the interaction. */
export interface HandlerDeps {
  engine: Engine;
  logger: Logger;
  now(): number;
}

/** One application command (slash or context menu): its definition as plain data, and its handlers. */
export interface CommandModule {
  data: RESTPostAPIApplicationCommandsJSONBody;
  /** What /help says the command does, when its definition has no description (context menus). */
  help?: string;
  execute(interaction: CommandInteraction, deps: HandlerDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void>;
  /** Clicks on buttons whose custom_id starts with `${data.name}:`. */
  button?(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void>;
}
