import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandInteraction,
  MessagePayload,
  TargetMessage,
} from '../interaction.js';
import { answerAfterPrivateDeferral } from '../private-deferral.js';
import type { InitialResponse } from './initial-response.js';
import type { InteractionCommon, OptionValue, ParsedInteraction } from './payload.js';
import type { Webhook } from './webhook.js';

type Parsed<K extends ParsedInteraction['kind']> = Extract<ParsedInteraction, { kind: K }>;

/** Every message leaves with mentions disabled unless the handler chose otherwise. */
function withoutMentions(payload: MessagePayload): MessagePayload {
  return payload.allowed_mentions ? payload : { ...payload, allowed_mentions: { parse: [] } };
}

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
 * A slash or message context-menu command over HTTP. The signed request is held open while the
 * handler works: a reply within the time budget is sent inline (type 4); when the budget runs out
 * first, a private type 5 goes out and the answer follows through the webhook.
 */
export class HttpCommandInteraction extends HttpInteraction<Parsed<'command'>> implements CommandInteraction {
  private stage: 'open' | 'deferred' | 'answered' = 'open';

  get commandName(): string {
    return this.parsed.commandName;
  }

  get targetMessage(): TargetMessage | null {
    return this.parsed.targetMessage;
  }

  string(name: string): string | null {
    const value = optionValue(this.parsed.options, name, ApplicationCommandOptionType.String);
    return typeof value === 'string' ? value : null;
  }

  boolean(name: string): boolean | null {
    const value = optionValue(this.parsed.options, name, ApplicationCommandOptionType.Boolean);
    return typeof value === 'boolean' ? value : null;
  }

  acknowledgeForSlowWork(): void {
    // Private: the answer may turn out private or empty (see answerAfterPrivateDeferral).
    if (this.initial.send({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } })) {
      this.stage = 'deferred';
    }
  }

  async reply(payload: MessagePayload): Promise<void> {
    const data = withoutMentions(payload);
    if (this.initial.send({ type: InteractionResponseType.ChannelMessageWithSource, data })) {
      this.stage = 'answered';
      return;
    }
    await this.initial.delivered;
    const { token } = this.parsed;
    if (this.stage !== 'deferred') return this.webhook.followUp(token, data);
    this.stage = 'answered';
    await answerAfterPrivateDeferral(
      {
        editOriginal: (edit) => this.webhook.editOriginal(token, edit),
        followUp: (message) => this.webhook.followUp(token, message),
        deleteOriginal: () => this.webhook.deleteOriginal(token),
      },
      data,
    );
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
