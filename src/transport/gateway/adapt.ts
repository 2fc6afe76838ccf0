import {
  MessageFlags,
  type AutocompleteInteraction as DjsAutocompleteInteraction,
  type ButtonInteraction as DjsButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, CommandInteraction, MessagePayload } from '../interaction.js';

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

function isEphemeral(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** Answers a command or a button click with a new message, whatever state the interaction is in. */
async function answer(interaction: ChatInputCommandInteraction | DjsButtonInteraction, payload: MessagePayload): Promise<void> {
  const options = toOptions(payload);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(options);
  } else if (interaction.deferred && !interaction.replied && (interaction.ephemeral ?? false) === isEphemeral(payload)) {
    const { flags: _fixedAtDefer, ...edit } = options;
    await interaction.editReply(edit);
  } else if (interaction.deferred && !interaction.replied) {
    // A public "thinking…" cannot become private: replace it with an ephemeral follow-up.
    await interaction.deleteReply();
    await interaction.followUp(options);
  } else {
    await interaction.followUp(options);
  }
}

export function adaptCommand(interaction: ChatInputCommandInteraction): CommandInteraction {
  return {
    id: interaction.id,
    userId: interaction.user.id,
    commandName: interaction.commandName,
    string: (name) => interaction.options.getString(name),
    boolean: (name) => interaction.options.getBoolean(name),
    async defer({ ephemeral }) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    reply: (payload) => answer(interaction, payload),
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

export function adaptButton(interaction: DjsButtonInteraction): ButtonInteraction {
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
      const { flags: _keptByDiscord, ...rest } = toOptions(payload);
      const options = rest as InteractionUpdateOptions;
      if (!interaction.deferred && !interaction.replied) await interaction.update(options);
      else await interaction.editReply(options);
    },
    reply: (payload) => answer(interaction, payload),
  };
}
