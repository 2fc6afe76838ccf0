import type { CommandModule } from '../src/transport/interaction.js';
import { ask } from './ask.js';
import { quote } from './quote.js';
import { sources } from './sources.js';

/** Every slash command of the bot: what `storybot deploy` registers and the dispatcher routes to. */
export const commands: readonly CommandModule[] = [ask, quote, sources];
