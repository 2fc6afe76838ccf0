import cluster from 'node:cluster';
import type { KeyObject } from 'node:crypto';
import { ConfigError, requireDiscord, type Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { runReplicas, shutdownRequested } from '../http/replicas.js';
import { publicKeyFromHex } from '../http/verify.js';
import { wrap } from '../../render/terminal/wrap.js';
import { CliError, type CliCommand } from './context.js';
import { listeningLine } from './welcome.js';

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
  if (workers > 1 && cluster.isPrimary) {
    announce?.(`${workers} replicas starting. ${listeningLine({ host: config.host, port: config.port, applicationId: config.discord.applicationId })}`);
    return runReplicas(workers, logger);
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
  const stopRequested = shutdownRequested();
  // Loaded only once the config is known to be good, so a bad one is reported at once.
  const [{ openLivingEngine }, { commands }, { createDispatcher }, { createInteractionServer }, { createWebhook }] = await Promise.all([
    import('../../answer/living.js'),
    import('../../../commands/index.js'),
    import('../dispatch.js'),
    import('../http/server.js'),
    import('../http/webhook.js'),
  ]);
  // Quotes are extracted (or restored) now, so autocomplete answers from memory; every replica watches the corpus folder.
  const engine = await openLivingEngine(config, logger);
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
  logger.info({ reason }, 'shutting down: no new connections, finishing in-flight interactions');
  engine.close();
  const finished = await http.close();
  if (!finished) logger.error('in-flight interactions did not finish in time; stopping anyway');
  else logger.info('stopped');
  return finished ? 0 : 1;
}
