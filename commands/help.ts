import { ApplicationCommandType } from 'discord-api-types/v10';
import { renderHelp } from '../src/render/discord/help.js';
import type { CommandModule } from '../src/transport/interaction.js';
import { EVERYWHERE } from './shared.js';

/** `/help`: every command of the bot, listed from the definitions it registers (so it never goes stale). */
export function helpCommand(all: () => readonly CommandModule[]): CommandModule {
  return {
    data: { name: 'help', type: ApplicationCommandType.ChatInput, description: 'What each command does', ...EVERYWHERE },
    async execute(interaction) {
      await interaction.reply(renderHelp(all()));
    },
  };
}
