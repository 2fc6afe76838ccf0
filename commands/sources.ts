import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { CommandModule } from '../src/transport/interaction.js';
import { aboutOfSourcesMessage, renderSources } from '../src/render/discord/sources.js';
import { EVERYWHERE, pageClick } from './shared.js';

export const sources: CommandModule = {
  data: {
    name: 'sources',
    type: ApplicationCommandType.ChatInput,
    description: 'The coverage: every article with outlet, headline, date and length',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'about', description: 'Only articles that mention this', max_length: 100 },
    ],
    ...EVERYWHERE,
  },

  async execute(interaction, { engine, now }) {
    const about = interaction.string('about')?.trim() || undefined;
    const result = engine.sources(about);
    await interaction.reply(renderSources(result, 0, { ownerId: interaction.userId, now: now(), ephemeral: false }));
  },

  async button(interaction, { engine, now }) {
    const about = aboutOfSourcesMessage(interaction.message) ?? undefined;
    const state = await pageClick(interaction, 'sources', now(), about ?? '');
    if (!state) return;
    // Ephemeral messages stay ephemeral when updated, so the flag need not be carried.
    await interaction.update(renderSources(engine.sources(about), state.value, { ownerId: state.owner, now: now(), ephemeral: false }));
  },
};
