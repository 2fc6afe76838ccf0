import { requireDiscord } from '../../config.js';
import { useButtonSecret } from '../../render/discord/buttons.js';
import { wrap } from '../../render/terminal/wrap.js';
import { exitAfter, shutdownRequested } from '../shutdown.js';
import { CliError, type CliCommand } from './context.js';
import { loggedInLine } from './welcome.js';

/** Past the deadline, the time left to disconnect, log and exit before the process is ended. */
const EXIT_GRACE_MS = 2000;

/**
 * `storybot start`: runs the bot over the gateway until SIGINT or SIGTERM, then exits 0 within
 * SHUTDOWN_DEADLINE_MS (+2 s). A stop during start-up or login is honoured at once; a session that
 * Discord ends for good (4004 authentication failed, …) exits 1 with a clear line.
 */
export const run: CliCommand = async (args, { config, logger, out, terminal }) => {
  if (args.length > 0) throw new CliError(`start takes no arguments, not "${args.join(' ')}" (commands are registered with: storybot deploy)`);
  requireDiscord(config, ['token']);
  useButtonSecret(config.discord.token);
  // Listening before anything slow, so a signal during start-up or login still ends in a clean shutdown.
  const stopRequested = shutdownRequested(logger);
  const stopBeforeReady = (): number => {
    // Abandoned start-up work (a login request Discord never answers) may not hold the process: exit 0 regardless.
    exitAfter(EXIT_GRACE_MS, logger, 0);
    return 0;
  };
  // Loaded only once the config is known to be good, so a bad one is reported at once.
  const [{ openLivingEngine }, { startBot }] = await Promise.all([import('../../answer/living.js'), import('../gateway/bot.js')]);
  // Quotes are extracted (or restored) now, so autocomplete answers from memory; the corpus folder is watched.
  const opened = await Promise.race([openLivingEngine(config, logger), stopRequested.then(() => null)]);
  if (opened === null) {
    logger.info({ signal: await stopRequested }, 'stopped before start-up finished');
    return stopBeforeReady();
  }
  const engine = opened;
  const login = new AbortController();
  void stopRequested.then(() => login.abort());
  let bot;
  try {
    bot = await startBot({
      signal: login.signal,
      token: config.discord.token,
      apiBase: config.discord.apiBase,
      cooldownSeconds: config.cooldownSeconds,
      engine,
      logger,
    });
  } catch (error) {
    engine.close();
    if (login.signal.aborted) {
      logger.info({ signal: await stopRequested }, 'stopped before login completed');
      return stopBeforeReady();
    }
    logger.error({ err: error }, 'could not log in to Discord');
    throw new CliError(`could not log in to Discord at ${config.discord.apiBase}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  const { user, guilds, application } = bot.client;
  if (terminal?.tty && user) out(wrap(loggedInLine({ user: user.tag, guilds: guilds.cache.size, applicationId: application?.id ?? user.id }), terminal.width));
  const ended = await Promise.race([stopRequested.then((signal) => ({ signal })), bot.lost.then((lost) => ({ lost }))]);
  engine.close();
  if ('lost' in ended) {
    exitAfter(config.shutdown.deadlineMs + EXIT_GRACE_MS, logger);
    await bot.stop(config.shutdown.deadlineMs);
    throw new CliError(`Discord closed the gateway session for good: ${ended.lost.code} ${ended.lost.meaning}`, 1);
  }
  const { deadlineMs } = config.shutdown;
  logger.info({ signal: ended.signal, deadlineMs }, 'shutting down: finishing the replies in flight');
  exitAfter(deadlineMs + EXIT_GRACE_MS, logger);
  const finished = await bot.stop(deadlineMs);
  if (!finished) logger.error({ deadlineMs }, 'replies in flight did not finish in time; stopping anyway');
  else logger.info('stopped');
  return finished ? 0 : 1;
};
