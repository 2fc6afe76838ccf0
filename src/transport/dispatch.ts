import { notice, cooldownNotice, failureNotice } from '../render/discord/notices.js';
import { describeFailure, expectedFailure, type ExpectedFailure } from './failures.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandInteraction,
  CommandModule,
  HandlerDeps,
} from './interaction.js';

/**
 * The one transport-neutral dispatcher. Both transports (the discord.js gateway client and the
 * HTTP interactions endpoint) hand every interaction to it; it routes to the `CommandModule`,
 * applies the per-user cooldown, handles every error, and writes one log line per interaction:
 * `{ interaction, kind, command, user, outcome, ms }`.
 *
 * Its methods never throw and resolve once the interaction has been answered (or given up on).
 */
export interface Dispatcher {
  command(interaction: CommandInteraction): Promise<Outcome>;
  autocomplete(interaction: AutocompleteInteraction): Promise<Outcome>;
  button(interaction: ButtonInteraction): Promise<Outcome>;
  /** Resolves when no interaction is in flight: for a graceful shutdown, after new ones stop arriving. */
  drain(): Promise<void>;
}

export type Outcome =
  | 'ok'
  /** The user ran a command again within the cooldown and was told so. */
  | 'cooldown'
  | 'unknown-command'
  /** Expired, already answered elsewhere, rate limited past its window, timed out: see failures.ts. */
  | ExpectedFailure
  | 'error';

export interface DispatcherOptions {
  commands: readonly CommandModule[];
  deps: HandlerDeps;
  /** Seconds a user waits between two slash commands; 0 disables the cooldown. */
  cooldownSeconds: number;
}

/** One interaction's work, and how to tell the user when it fails. */
interface Job {
  kind: 'command' | 'autocomplete' | 'button';
  interaction: { id: string; userId: string };
  command: string;
  work(): Promise<Outcome>;
  apologise(): Promise<void>;
}

// Past this many tracked users, entries older than the cooldown are forgotten: memory follows recent use only.
const COOLDOWN_PRUNE_AT = 10_000;

export function createDispatcher({ commands, deps, cooldownSeconds }: DispatcherOptions): Dispatcher {
  const byName = new Map(commands.map((module) => [module.data.name, module]));
  const lastCommandAt = new Map<string, number>();
  const inFlight = new Set<Promise<Outcome>>();
  const cooldownMs = cooldownSeconds * 1000;

  /** Milliseconds the user still has to wait, or 0; records the command when it may run. */
  function cooldownLeft(userId: string): number {
    if (cooldownMs <= 0) return 0;
    const now = deps.now();
    const last = lastCommandAt.get(userId);
    if (last !== undefined && now - last < cooldownMs) return cooldownMs - (now - last);
    if (lastCommandAt.size >= COOLDOWN_PRUNE_AT) {
      for (const [user, at] of lastCommandAt) if (now - at >= cooldownMs) lastCommandAt.delete(user);
    }
    lastCommandAt.set(userId, now);
    return 0;
  }

  async function guarded({ kind, interaction, command, work, apologise }: Job): Promise<Outcome> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await work();
    } catch (error) {
      const expected = expectedFailure(error);
      if (expected !== null) {
        // Not a bug and nothing to apologise for: a reply could not get through either.
        outcome = expected;
        const code = (error as { code?: unknown }).code;
        deps.logger.warn({ interaction: interaction.id, command, outcome, ...(typeof code === 'number' ? { code } : {}) }, `interaction could not be answered: ${describeFailure(expected)}`);
      } else {
        outcome = 'error';
        deps.logger.error({ interaction: interaction.id, command, err: error }, 'interaction failed');
        await apologise().catch((apologyError: unknown) =>
          deps.logger.warn({ interaction: interaction.id, command, err: apologyError }, 'could not tell the user about the failure'),
        );
      }
    }
    const ms = Math.round(performance.now() - started);
    deps.logger.info({ interaction: interaction.id, kind, command, user: interaction.userId, outcome, ms }, 'interaction');
    return outcome;
  }

  /** Runs one interaction's work under the error handler, and keeps it in flight until it settles. */
  function run(job: Job): Promise<Outcome> {
    const running = guarded(job);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
    return running;
  }

  return {
    command(interaction) {
      const module = byName.get(interaction.commandName);
      const work = async (): Promise<Outcome> => {
        if (!module) {
          await interaction.reply(notice('That command is no longer available here.'));
          return 'unknown-command';
        }
        const wait = cooldownLeft(interaction.userId);
        if (wait > 0) {
          await interaction.reply(cooldownNotice(wait / 1000));
          return 'cooldown';
        }
        await module.execute(interaction, deps);
        return 'ok';
      };
      return run({ kind: 'command', interaction, command: interaction.commandName, work, apologise: () => interaction.reply(failureNotice()) });
    },

    autocomplete(interaction) {
      const handler = byName.get(interaction.commandName)?.autocomplete;
      const work = async (): Promise<Outcome> => {
        if (!handler) {
          await interaction.respond([]);
          return 'unknown-command';
        }
        await handler(interaction, deps);
        return 'ok';
      };
      return run({ kind: 'autocomplete', interaction, command: interaction.commandName, work, apologise: () => interaction.respond([]) });
    },

    button(interaction) {
      // custom_ids start with the name of the command whose module handles them.
      const name = interaction.customId.split(':', 1)[0] ?? '';
      const handler = byName.get(name)?.button;
      const work = async (): Promise<Outcome> => {
        if (!handler) {
          await interaction.reply(notice('This button no longer does anything. Run the command again.'));
          return 'unknown-command';
        }
        await handler(interaction, deps);
        return 'ok';
      };
      return run({ kind: 'button', interaction, command: name, work, apologise: () => interaction.reply(failureNotice()) });
    },

    async drain() {
      // Bounded: callers stop feeding new interactions before draining, so the set only shrinks.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
