import { Events, GatewayCloseCodes, type Client, type Interaction } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { Engine } from '../../answer/types.js';
import type { Logger } from '../../log.js';
import { restartingNotice } from '../../render/discord/notices.js';
import { createDispatcher } from '../dispatch.js';
import type { CommandModule } from '../interaction.js';
import { adaptAutocomplete, adaptButton, adaptCommand } from './adapt.js';
import { CALLBACK_WINDOW_MS, createGatewayClient } from './client.js';

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
  /** Aborting it during login (a stop signal) destroys the client: startBot rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Discord closed the gateway session with a code that forbids reconnecting (4004 authentication failed, …). */
export interface SessionLost {
  code: number;
  meaning: string;
}

export interface Bot {
  client: Client;
  /** Resolves if Discord ends the session for good; the bot then no longer answers. */
  lost: Promise<SessionLost>;
  /**
   * Stops taking interactions (those that arrive meanwhile are told to try again in a moment),
   * finishes the replies in flight within `deadlineMs`, and disconnects. Resolves true when
   * everything in flight finished in time.
   */
  stop(deadlineMs?: number): Promise<boolean>;
}

/** Logs in over the gateway and answers interactions until `stop()`. Resolves once ready. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { logger } = options;
  const answerWithinMs = options.answerWithinMs ?? 2000;
  // When each interaction arrived, for the rate-limit check on its callback (client.ts); kept a few windows.
  const arrivals = new Map<string, number>();
  const client = createGatewayClient(options.apiBase, { receivedAt: (id) => arrivals.get(id) });
  const dispatcher = createDispatcher({
    commands: options.commands ?? commands,
    deps: { engine: options.engine, logger, now: options.now ?? Date.now },
    cooldownSeconds: options.cooldownSeconds,
  });
  let stopping = false;
  /** Notices sent to interactions that arrived while stopping: waited for like the rest. */
  const notices = new Set<Promise<unknown>>();

  const remember = (id: string): void => {
    const now = performance.now();
    for (const [old, at] of arrivals) {
      if (now - at < 4 * CALLBACK_WINDOW_MS) break;
      arrivals.delete(old);
    }
    arrivals.set(id, now);
  };

  /** During the drain: a short "restarting" answer instead of the work, so nothing is left unanswered. */
  const answerRestarting = (interaction: Interaction): void => {
    let answer: Promise<unknown> | undefined;
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) answer = adaptCommand(interaction, answerWithinMs).reply(restartingNotice());
    else if (interaction.isButton()) answer = adaptButton(interaction, answerWithinMs).reply(restartingNotice());
    else if (interaction.isAutocomplete()) answer = interaction.respond([]);
    if (!answer) return;
    const logged = answer.then(
      () => logger.info({ interaction: interaction.id, kind: interaction.type, outcome: 'restarting' }, 'interaction'),
      (error: unknown) => logger.warn({ interaction: interaction.id, err: error }, 'could not tell the user the bot is restarting'),
    );
    notices.add(logged);
    void logged.finally(() => notices.delete(logged));
  };

  const onInteraction = (interaction: Interaction): void => {
    remember(interaction.id);
    if (stopping) return answerRestarting(interaction);
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      void dispatcher.command(adaptCommand(interaction, answerWithinMs));
    } else if (interaction.isAutocomplete()) void dispatcher.autocomplete(adaptAutocomplete(interaction));
    else if (interaction.isButton()) void dispatcher.button(adaptButton(interaction, answerWithinMs));
  };
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shard) => {
    // destroy() closes the connection too; that is not a loss worth a warning.
    if (!stopping) logger.warn({ shard }, 'gateway connection lost, reconnecting');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js client error'));
  const lost = new Promise<SessionLost>((resolve) => {
    client.on(Events.ShardDisconnect, ({ code }, shard) => {
      if (stopping) return;
      const meaning = GatewayCloseCodes[code] ?? 'unknown close code';
      logger.error({ shard, code, meaning }, `Discord closed the gateway session for good (${code} ${meaning}); not reconnecting`);
      resolve({ code, meaning });
    });
  });

  // discord.js 14.28 names the ready event `clientReady`; it must be listened for before login.
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const loggedIn = client.login(options.token).then(() => ready);
  // Settled even when the abort wins, so a late failure of the abandoned login is not unhandled.
  loggedIn.catch(() => undefined);
  try {
    await Promise.race([loggedIn, aborted(options.signal)]);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to Discord');

  return {
    client,
    lost,
    async stop(deadlineMs = 20_000) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        (async () => {
          await dispatcher.drain();
          while (notices.size > 0) await Promise.allSettled([...notices]);
          return true;
        })(),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs))),
      ]);
      clearTimeout(timer);
      client.off(Events.InteractionCreate, onInteraction);
      await client.destroy();
      return finished;
    },
  };
}

/** Rejects with an AbortError when `signal` aborts; never settles without one. */
function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    const abort = (): void => reject(Object.assign(new Error('stopped before login completed'), { name: 'AbortError' }));
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}
