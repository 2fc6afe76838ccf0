import { requireDiscord } from '../../config.js';
import { wrap } from '../../render/terminal/wrap.js';
import { CliError, type CliCommand } from './context.js';
import { loggedInLine } from './welcome.js';

/** `storybot start`: runs the bot over the gateway until SIGINT or SIGTERM, then exits 0. */
export const run: CliCommand = async (args, { config, logger, out, terminal }) => {
  if (args.length > 0) throw new CliError(`start takes no arguments, not "${args.join(' ')}" (commands are registered with: storybot deploy)`);
  requireDiscord(config, ['token']);
  // Listening before login so a signal during start-up still ends in a clean shutdown.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Loaded only once the config is known to be good, so a bad one is reported at once.
  const [{ openLivingEngine }, { startBot }] = await Promise.all([import('../../answer/living.js'), import('../gateway/bot.js')]);
  // Quotes are extracted (or restored) now, so autocomplete answers from memory; the corpus folder is watched.
  const engine = await openLivingEngine(config, logger);
  let bot;
  try {
    bot = await startBot({
      token: config.discord.token,
      apiBase: config.discord.apiBase,
      cooldownSeconds: config.cooldownSeconds,
      engine,
      logger,
    });
  } catch (error) {
    engine.close();
    logger.error({ err: error }, 'could not log in to Discord');
    throw new CliError(`could not log in to Discord at ${config.discord.apiBase}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  const { user, guilds, application } = bot.client;
  if (terminal?.tty && user) out(wrap(loggedInLine({ user: user.tag, guilds: guilds.cache.size, applicationId: application?.id ?? user.id }), terminal.width));
  const signal = await stopSignal;
  logger.info({ signal }, 'shutting down: finishing the replies in flight');
  engine.close();
  await bot.stop();
  logger.info('stopped');
  return 0;
};
