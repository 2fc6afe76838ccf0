import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { CommandModule } from '../src/transport/interaction.js';
import { speakerChoices } from '../src/render/discord/choices.js';
import { renderQuotes } from '../src/render/discord/quote.js';
import { sourceTable } from './shared.js';

export const quote: CommandModule = {
  data: {
    name: 'quote',
    type: ApplicationCommandType.ChatInput,
    description: 'Who said what: quotes with speaker, outlet and date, and how each outlet worded them',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'text', description: 'Words from the quote', required: true, max_length: 200 },
      { type: ApplicationCommandOptionType.String, name: 'speaker', description: 'Only quotes by this person', autocomplete: true, max_length: 100 },
    ],
  },

  async execute(interaction, { engine }) {
    const text = interaction.string('text')?.trim() || null;
    const speaker = interaction.string('speaker')?.trim() || null;
    const result = engine.quote(text, speaker ? { speaker } : {});
    await interaction.reply(renderQuotes(result, speaker, { sources: sourceTable(engine) }));
  },

  async autocomplete(interaction, { engine }) {
    // Answered from memory: Discord allows three seconds and the user is typing.
    await interaction.respond(speakerChoices(engine.speakers(interaction.focused.value.trim())));
  },
};
