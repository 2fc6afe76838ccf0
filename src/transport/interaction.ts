import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteractionResponseCallbackData,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
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

export interface CommandInteraction extends InteractionBase {
  commandName: string;
  string(name: string): string | null;
  boolean(name: string): boolean | null;
  /** Acknowledge now, answer later: use when the work may take longer than Discord's 3 s. */
  defer(options: { ephemeral: boolean }): Promise<void>;
  /**
   * The answer: the initial response, or an edit of the deferred one (a follow-up after that).
   * An ephemeral answer after a public `defer` replaces the deferred message with an ephemeral follow-up.
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

/** One slash command: its definition as plain data, and its handlers. */
export interface CommandModule {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: CommandInteraction, deps: HandlerDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void>;
  /** Clicks on buttons whose custom_id starts with `${data.name}:`. */
  button?(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void>;
}
