import cluster from 'node:cluster';
import { randomBytes, type KeyObject } from 'node:crypto';
import { ConfigError, requireDiscord, type Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { runReplicas } from '../http/replicas.js';
import { exitAfter, shutdownRequested } from '../shutdown.js';
import { useButtonSecret } from '../../render/discord/buttons.js';
import { publicKeyFromHex } from '../http/verify.js';
import { wrap } from '../../render/terminal/wrap.js';
import { CliError, type CliCommand } from './context.js';
import { listeningLine } from './welcome.js';

/** How a replica gets the primary's random button secret when no DISCORD_TOKEN is set. */
const REPLICA_SECRET = 'STORYBOT_REPLICA_BUTTON_SECRET';
/** Past the drain and the deadline, the time left to log and exit before the process is ended. */
const EXIT_GRACE_MS = 2000;

type ServeConfig = Config & { discord: { applicationId: string } };

const USAGE = 'usage: storybot serve [--workers N]   (HOST, PORT and DISCORD_* come from the environment or .env)';

function workersOption(args: string[]): number {
  if (args.length === 0) return 1;
  const count = Number(args[1]);
  if (args[0] !== '--workers' || args.length !== 2 || !Number.isInteger(count) || count < 1 || count > 64) throw new CliError(USAGE);
  return count;
}

/** `storybot serve [--workers N]`: the HTTP interactions endpoint, until SIGINT or SIGTERM. */
export const run: CliCommand = async (args, { config, logger, out, terminal }) => {
  const workers = workersOption(args);
  requireDiscord(config, ['publicKey', 'applicationId']);
  let publicKey: KeyObject;
  try {
    publicKey = publicKeyFromHex(config.discord.publicKey);
  } catch (error) {
    throw new ConfigError([`DISCORD_PUBLIC_KEY is not a usable Ed25519 public key: ${(error as Error).message}`]);
  }

  // The readable line comes from the primary process only, on a terminal.
  const announce = terminal?.tty && cluster.isPrimary ? (line: string) => out(wrap(line, terminal.width)) : undefined;
  // The paging buttons' MAC key: from the bot token when set, else one random secret that the replicas share.
  const secret = config.discord.token ?? process.env[REPLICA_SECRET] ?? randomBytes(32).toString('base64url');
  useButtonSecret(secret);
  if (config.discord.token === null && cluster.isPrimary) {
    logger.warn('DISCORD_TOKEN is not set: paging buttons are signed with a key of this run, so they stop working after a restart and on other machines');
  }
  const { drainMs, deadlineMs } = config.shutdown;
  if (workers > 1 && cluster.isPrimary) {
    announce?.(`${workers} replicas starting. ${listeningLine({ host: config.host, port: config.port, applicationId: config.discord.applicationId })}`);
    return runReplicas(workers, logger, config.discord.token === null ? { [REPLICA_SECRET]: secret } : {}, drainMs + deadlineMs + EXIT_GRACE_MS);
  }
  try {
    return await serveReplica(publicKey, config, logger, announce);
  } finally {
    // A replica's IPC channel to the primary would keep it alive after it is done.
    if (cluster.isWorker) process.disconnect();
  }
};

/** One endpoint process: answers until asked to stop, then drains. Resolves with the exit code. */
async function serveReplica(publicKey: KeyObject, config: ServeConfig, logger: Logger, announce?: (line: string) => void): Promise<number> {
  // Listened for from the start: a stop asked for while the corpus loads is honoured once listening.
  const stopRequested = shutdownRequested(logger);
  // Loaded only once the config is known to be good, so a bad one is reported at once.
  const [{ openLivingEngine }, { commands }, { createDispatcher }, { createInteractionServer }, { createWebhook }] = await Promise.all([
    import('../../answer/living.js'),
    import('../../../commands/index.js'),
    import('../dispatch.js'),
    import('../http/server.js'),
    import('../http/webhook.js'),
  ]);
  // Quotes are extracted (or restored) now, so autocomplete answers from memory; every replica watches the corpus folder.
  const opened = await Promise.race([openLivingEngine(config, logger), stopRequested.then(() => null)]);
  if (opened === null) {
    // A stop asked for while the corpus loads ends it here; abandoned start-up work may not hold the process.
    logger.info({ reason: await stopRequested }, 'stopped before start-up finished');
    exitAfter(EXIT_GRACE_MS, logger, 0);
    return 0;
  }
  const engine = opened;
  const dispatcher = createDispatcher({ commands, deps: { engine, logger, now: Date.now }, cooldownSeconds: config.cooldownSeconds });
  const webhook = createWebhook({ apiBase: config.discord.apiBase, applicationId: config.discord.applicationId, logger });
  const http = createInteractionServer({ publicKey, dispatcher, webhook, logger });
  try {
    const address = await http.listen(config.port, config.host);
    logger.info({ host: address.address, port: address.port }, 'listening for interactions on POST /interactions');
    announce?.(listeningLine({ host: address.address, port: address.port, applicationId: config.discord.applicationId }));
  } catch (error) {
    engine.close();
    throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`, 1);
  }

  const reason = await stopRequested;
  logger.info({ reason, drainMs: config.shutdown.drainMs, deadlineMs: config.shutdown.deadlineMs }, 'shutting down: draining, then finishing in-flight interactions');
  exitAfter(config.shutdown.drainMs + config.shutdown.deadlineMs + EXIT_GRACE_MS, logger);
  engine.close();
  const finished = await http.close(config.shutdown.deadlineMs, config.shutdown.drainMs);
  if (!finished) {
    // Whatever Discord call is still waiting ends now, so nothing keeps the process alive.
    webhook.abortAll();
    logger.error({ deadlineMs: config.shutdown.deadlineMs }, 'in-flight interactions did not finish in time; stopping anyway');
  } else logger.info('stopped');
  return finished ? 0 : 1;
}
