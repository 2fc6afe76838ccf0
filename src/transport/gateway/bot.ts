import { Events, type Client, type Interaction } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { Engine } from '../../answer/types.js';
import type { Logger } from '../../log.js';
import { createDispatcher } from '../dispatch.js';
import type { CommandModule } from '../interaction.js';
import { adaptAutocomplete, adaptButton, adaptCommand } from './adapt.js';
import { createGatewayClient } from './client.js';

export interface BotOptions {
  token: string;
  apiBase: string;
  cooldownSeconds: number;
  engine: Engine;
  logger: Logger;
  now?: () => number;
  /** The commands to answer (default: every command of the bot). */
  commands?: readonly CommandModule[];
  /** An interaction not answered by then is acknowledged privately: Discord allows 3 s. */
  answerWithinMs?: number;
}

export interface Bot {
  client: Client;
  /** Stops taking interactions, finishes the replies in flight, and disconnects. */
  stop(): Promise<void>;
}

/** Logs in over the gateway and answers interactions until `stop()`. Resolves once ready. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { logger } = options;
  const client = createGatewayClient(options.apiBase);
  const answerWithinMs = options.answerWithinMs ?? 2000;
  const dispatcher = createDispatcher({
    commands: options.commands ?? commands,
    deps: { engine: options.engine, logger, now: options.now ?? Date.now },
    cooldownSeconds: options.cooldownSeconds,
  });

  const onInteraction = (interaction: Interaction): void => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      void dispatcher.command(adaptCommand(interaction, answerWithinMs));
    } else if (interaction.isAutocomplete()) void dispatcher.autocomplete(adaptAutocomplete(interaction));
    else if (interaction.isButton()) void dispatcher.button(adaptButton(interaction, answerWithinMs));
  };
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  let stopping = false;
  client.on(Events.ShardReconnecting, (shard) => {
    // destroy() closes the connection too; that is not a loss worth a warning.
    if (!stopping) logger.warn({ shard }, 'gateway connection lost, reconnecting');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js client error'));

  // discord.js 14.28 names the ready event `clientReady`; it must be listened for before login.
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to Discord');

  return {
    client,
    async stop() {
      stopping = true;
      client.off(Events.InteractionCreate, onInteraction);
      await dispatcher.drain();
      await client.destroy();
    },
  };
}
