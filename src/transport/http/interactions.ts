import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandInteraction,
  MessagePayload,
} from '../interaction.js';
import type { InitialResponse } from './initial-response.js';
import type { InteractionCommon, OptionValue, ParsedInteraction } from './payload.js';
import type { Webhook } from './webhook.js';

type Parsed<K extends ParsedInteraction['kind']> = Extract<ParsedInteraction, { kind: K }>;

/** Every message leaves with mentions disabled unless the handler chose otherwise. */
function withoutMentions(payload: MessagePayload): MessagePayload {
  return payload.allowed_mentions ? payload : { ...payload, allowed_mentions: { parse: [] } };
}

const isEphemeral = (payload: MessagePayload): boolean => ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

function optionValue(options: OptionValue[], name: string, type: ApplicationCommandOptionType): unknown {
  const option = options.find((o) => o.name === name);
  return option?.type === type ? option.value : undefined;
}

/** What every HTTP interaction shares: the signed payload, its one HTTP response and the webhook. */
abstract class HttpInteraction<P extends InteractionCommon> {
  readonly id: string;
  readonly userId: string;

  constructor(
    protected readonly parsed: P,
    protected readonly initial: InitialResponse,
    protected readonly webhook: Webhook,
  ) {
    this.id = parsed.id;
    this.userId = parsed.userId;
  }

  /** The time budget ran out: send the acknowledgement Discord accepts for slow work. */
  abstract acknowledgeForSlowWork(): void;
}

export type TimedInteraction = HttpInteraction<InteractionCommon>;

/**
 * A slash command over HTTP. The signed request is held open while the handler works, so
 * `defer()` only records how to defer: a reply within the time budget is sent inline (type 4);
 * when the budget runs out first, type 5 goes out and the reply later edits `@original`.
 */
export class HttpCommandInteraction extends HttpInteraction<Parsed<'command'>> implements CommandInteraction {
  private stage: 'open' | 'deferred' | 'answered' = 'open';
  /** Set by `defer()`: the handler expects slow work, and whether its answer is private. */
  private deferral: { ephemeral: boolean } | null = null;

  get commandName(): string {
    return this.parsed.commandName;
  }

  string(name: string): string | null {
    const value = optionValue(this.parsed.options, name, ApplicationCommandOptionType.String);
    return typeof value === 'string' ? value : null;
  }

  boolean(name: string): boolean | null {
    const value = optionValue(this.parsed.options, name, ApplicationCommandOptionType.Boolean);
    return typeof value === 'boolean' ? value : null;
  }

  async defer({ ephemeral }: { ephemeral: boolean }): Promise<void> {
    if (this.stage === 'open') this.deferral ??= { ephemeral };
  }

  acknowledgeForSlowWork(): void {
    const ephemeral = this.deferral?.ephemeral ?? false;
    const data = ephemeral ? { flags: MessageFlags.Ephemeral } : {};
    if (this.initial.send({ type: InteractionResponseType.DeferredChannelMessageWithSource, data })) {
      this.stage = 'deferred';
      this.deferral = { ephemeral };
    }
  }

  async reply(payload: MessagePayload): Promise<void> {
    let data = withoutMentions(payload);
    // Deferred as private: the answer stays private even when it arrives in time to be sent inline.
    if (this.stage === 'open' && this.deferral?.ephemeral) data = { ...data, flags: (data.flags ?? 0) | MessageFlags.Ephemeral };
    if (this.initial.send({ type: InteractionResponseType.ChannelMessageWithSource, data })) {
      this.stage = 'answered';
      return;
    }
    await this.initial.delivered;
    const { token } = this.parsed;
    if (this.stage !== 'deferred') return this.webhook.followUp(token, data);
    this.stage = 'answered';
    // A public "thinking…" cannot become private: replace it with an ephemeral follow-up.
    if (isEphemeral(data) && !this.deferral?.ephemeral) {
      await this.webhook.deleteOriginal(token);
      return this.webhook.followUp(token, data);
    }
    return this.webhook.editOriginal(token, data);
  }
}

/** Autocomplete over HTTP: type 8 with the choices; it cannot be deferred. */
export class HttpAutocompleteInteraction extends HttpInteraction<Parsed<'autocomplete'>> implements AutocompleteInteraction {
  get commandName(): string {
    return this.parsed.commandName;
  }

  get focused(): { name: string; value: string } {
    const focused = this.parsed.options.find((o) => o.focused === true);
    return { name: focused?.name ?? '', value: typeof focused?.value === 'string' ? focused.value : '' };
  }

  async respond(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void> {
    this.initial.send({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
  }

  acknowledgeForSlowWork(): void {
    void this.respond([]);
  }
}

/** A button click over HTTP: type 7 updates the message inline, type 6 defers the update. */
export class HttpButtonInteraction extends HttpInteraction<Parsed<'button'>> implements ButtonInteraction {
  get customId(): string {
    return this.parsed.customId;
  }

  get message(): ButtonInteraction['message'] {
    return this.parsed.message;
  }

  acknowledgeForSlowWork(): void {
    this.initial.send({ type: InteractionResponseType.DeferredMessageUpdate });
  }

  async update(payload: MessagePayload): Promise<void> {
    const data = withoutMentions(payload);
    if (this.initial.send({ type: InteractionResponseType.UpdateMessage, data })) return;
    await this.initial.delivered;
    // For a component interaction, `@original` is the message the button is on.
    await this.webhook.editOriginal(this.parsed.token, data);
  }

  async reply(payload: MessagePayload): Promise<void> {
    const data = withoutMentions(payload);
    if (this.initial.send({ type: InteractionResponseType.ChannelMessageWithSource, data })) return;
    await this.initial.delivered;
    await this.webhook.followUp(this.parsed.token, data);
  }
}
