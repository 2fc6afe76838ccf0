import {
  MessageFlags,
  type AutocompleteInteraction as DjsAutocompleteInteraction,
  type ButtonInteraction as DjsButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, CommandInteraction, MessagePayload, TargetMessage } from '../interaction.js';
import { answerAfterPrivateDeferral } from '../private-deferral.js';
import { TimeBudget } from './time-budget.js';

/** The rendered API payload as discord.js options; the JSON passes through unchanged. */
function toOptions(payload: MessagePayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = {};
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.embeds !== undefined) options.embeds = payload.embeds;
  if (payload.components !== undefined) options.components = payload.components as InteractionReplyOptions['components'];
  // Never a ping, even if a renderer forgot: the renderers set the same.
  options.allowedMentions = { parse: [] };
  if (payload.flags !== undefined) options.flags = payload.flags as InteractionReplyOptions['flags'];
  return options;
}

/** An edit keeps the flags the message was created with. */
function toEdit(payload: MessagePayload): InteractionEditReplyOptions {
  const { flags: _fixed, ...edit } = toOptions(payload);
  return edit as InteractionEditReplyOptions;
}

type DjsCommand = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** A new message for a command or a button click, after the first response (or as it). */
async function replyOrFollowUp(interaction: DjsCommand | DjsButtonInteraction, payload: MessagePayload): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await interaction.reply(toOptions(payload));
  else await interaction.followUp(toOptions(payload));
}

function targetOf(interaction: DjsCommand): TargetMessage | null {
  if (!interaction.isMessageContextMenuCommand()) return null;
  const message = interaction.targetMessage;
  return { id: message.id, content: message.content, embeds: message.embeds.map((embed) => embed.toJSON()) };
}

/**
 * A slash or message context-menu command. Nothing is sent before the answer unless the time
 * budget runs out; then the acknowledgement is private (see `answerAfterPrivateDeferral`).
 */
export function adaptCommand(interaction: DjsCommand, answerWithinMs: number): CommandInteraction {
  const budget = new TimeBudget(answerWithinMs, () => interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  const chatInput = interaction.isChatInputCommand() ? interaction : null;
  return {
    id: interaction.id,
    userId: interaction.user.id,
    commandName: interaction.commandName,
    string: (name) => chatInput?.options.getString(name) ?? null,
    boolean: (name) => chatInput?.options.getBoolean(name) ?? null,
    targetMessage: targetOf(interaction),
    async reply(payload) {
      await budget.settle();
      if (interaction.deferred && !interaction.replied) {
        await answerAfterPrivateDeferral(
          {
            editOriginal: async (edit) => void (await interaction.editReply(toEdit(edit))),
            followUp: async (message) => void (await interaction.followUp(toOptions(message))),
            deleteOriginal: () => interaction.deleteReply(),
          },
          payload,
        );
        return;
      }
      await replyOrFollowUp(interaction, payload);
    },
  };
}

export function adaptAutocomplete(interaction: DjsAutocompleteInteraction): AutocompleteInteraction {
  const focused = interaction.options.getFocused(true);
  return {
    id: interaction.id,
    userId: interaction.user.id,
    commandName: interaction.commandName,
    focused: { name: focused.name, value: String(focused.value) },
    respond: (choices) => interaction.respond(choices),
  };
}

/** A button click: when the budget runs out first, the update is deferred (the message stays as it is meanwhile). */
export function adaptButton(interaction: DjsButtonInteraction, answerWithinMs: number): ButtonInteraction {
  const budget = new TimeBudget(answerWithinMs, () => interaction.deferUpdate());
  return {
    id: interaction.id,
    userId: interaction.user.id,
    customId: interaction.customId,
    message: {
      id: interaction.message.id,
      content: interaction.message.content,
      embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    },
    async update(payload) {
      await budget.settle();
      const options = toEdit(payload) as InteractionUpdateOptions;
      if (!interaction.deferred && !interaction.replied) await interaction.update(options);
      else await interaction.editReply(options);
    },
    async reply(payload) {
      await budget.settle();
      await replyOrFollowUp(interaction, payload);
    },
  };
}
