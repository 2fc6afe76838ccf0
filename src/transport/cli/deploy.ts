import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../../../commands/index.js';
import { REST_TIMEOUT_MS } from '../gateway/client.js';
import { requireDiscord } from '../../config.js';
import { CliError, type CliCommand } from './context.js';

const SNOWFLAKE = /^\d{17,20}$/;

/** Where to register: `--guild ID` or DISCORD_GUILD_ID for development (instant), else global. */
function parseTarget(args: string[], defaultGuild: string | null): string | null {
  let guild = defaultGuild;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--global') guild = null;
    else if (arg === '--guild' || arg.startsWith('--guild=')) {
      const value = arg === '--guild' ? args[++i] : arg.slice('--guild='.length);
      if (value === undefined || !SNOWFLAKE.test(value)) throw new CliError('--guild needs a guild id (a snowflake of 17 to 20 digits)');
      guild = value;
    } else throw new CliError(`unknown option "${arg}" (usage: storybot deploy [--guild ID | --global])`);
  }
  return guild;
}

/** `/ask` for a slash command, `"Ask storybot"` for a context-menu one. */
const commandLabel = (command: { name: string; type?: number }): string => (command.type === undefined || command.type === 1 ? `/${command.name}` : `"${command.name}"`);

/** `storybot deploy [--guild ID | --global]`: registers the slash commands, replacing what was there. */
export const run: CliCommand = async (args, { config, logger, out }) => {
  const guild = parseTarget(args, config.discord.guildId);
  requireDiscord(config, ['token', 'applicationId']);
  const { applicationId, token, apiBase } = config.discord;
  // Bounded like every Discord call: a server that never answers fails the deploy instead of hanging it.
  const rest = new REST({ api: apiBase, timeout: REST_TIMEOUT_MS, retries: 1, rejectOnRateLimit: (limit) => limit.retryAfter > 15_000 }).setToken(token);
  const route = guild ? Routes.applicationGuildCommands(applicationId, guild) : Routes.applicationCommands(applicationId);
  const where = guild ? `in guild ${guild}` : 'globally (may take up to an hour to appear everywhere)';
  try {
    const registered = (await rest.put(route, { body: commandDefinitions(guild ? 'guild' : 'global') })) as Array<{ name: string; type?: number }>;
    logger.info({ guild, commands: registered.map((c) => c.name) }, 'commands registered');
    out(`registered ${registered.length} commands (${registered.map(commandLabel).join(', ')}) ${where}`);
    return 0;
  } catch (error) {
    throw new CliError(`could not register the commands ${where}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
};
