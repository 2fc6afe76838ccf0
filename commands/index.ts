import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { CommandModule } from '../src/transport/interaction.js';
import { ask } from './ask.js';
import { askMessage } from './ask-message.js';
import { helpCommand } from './help.js';
import { quote } from './quote.js';
import { sources } from './sources.js';

/** Every command of the bot: what `storybot deploy` registers, the dispatcher routes to, and /help lists. */
export const commands: readonly CommandModule[] = [ask, quote, sources, askMessage, helpCommand(() => commands)];

/**
 * The definitions `storybot deploy` registers. A guild's commands are that server's alone, so they
 * leave out `integration_types` and `contexts` (Discord's guild command body has neither); global
 * ones carry them, which is what makes the app installable by users and usable in DMs.
 */
export function commandDefinitions(scope: 'guild' | 'global'): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map(({ data }) => {
    if (scope === 'global') return data;
    const { integration_types: _installs, contexts: _contexts, ...guildOnly } = data;
    return guildOnly as RESTPostAPIApplicationCommandsJSONBody;
  });
}
