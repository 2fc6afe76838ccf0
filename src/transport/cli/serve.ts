import { ConfigError, requireDiscord } from '../../config.js';
import { openEngine } from '../../answer/open.js';
import { commands } from '../../../commands/index.js';
import { createDispatcher } from '../dispatch.js';
import { createInteractionServer } from '../http/server.js';
import { publicKeyFromHex } from '../http/verify.js';
import { createWebhook } from '../http/webhook.js';
import { CliError, type CliCommand } from './context.js';

/** `storybot serve`: the HTTP interactions endpoint, until SIGINT or SIGTERM. */
export const run: CliCommand = async (args, { config, logger }) => {
  if (args.length > 0) throw new CliError('usage: storybot serve   (HOST, PORT and DISCORD_* come from the environment or .env)');
  requireDiscord(config, ['publicKey', 'applicationId']);
  let publicKey;
  try {
    publicKey = publicKeyFromHex(config.discord.publicKey);
  } catch (error) {
    throw new ConfigError([`DISCORD_PUBLIC_KEY is not a usable Ed25519 public key: ${(error as Error).message}`]);
  }

  const { engine } = await openEngine(config, logger);
  const dispatcher = createDispatcher({ commands, deps: { engine, logger, now: Date.now }, cooldownSeconds: config.cooldownSeconds });
  const webhook = createWebhook({ apiBase: config.discord.apiBase, applicationId: config.discord.applicationId, logger });
  const http = createInteractionServer({ publicKey, dispatcher, webhook, logger });
  try {
    const address = await http.listen(config.port, config.host);
    logger.info({ host: address.address, port: address.port }, 'listening for interactions on POST /interactions');
  } catch (error) {
    throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`, 1);
  }

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  logger.info({ signal }, 'shutting down: no new connections, finishing in-flight interactions');
  const finished = await http.close();
  if (!finished) {
    logger.error('in-flight interactions did not finish in time; stopping anyway');
    return 1;
  }
  logger.info('stopped');
  return 0;
};
