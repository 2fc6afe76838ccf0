import { Client, GatewayIntentBits, type RateLimitData } from 'discord.js';

/** Discord's window for the first answer to an interaction. */
export const CALLBACK_WINDOW_MS = 3000;
/** The longest one REST request may wait for its response before it is retried or fails. */
export const REST_TIMEOUT_MS = 5000;
/** The longest rate-limit wait honoured for any other call (a follow-up, an edit): past it the call fails. */
const MAX_RATE_LIMIT_WAIT_MS = 15_000;

export interface GatewayClientOptions {
  /** When the interaction with this id arrived (ms, performance.now() clock), if known. */
  receivedAt(interactionId: string): number | undefined;
}

/**
 * The discord.js client of the bot: the Guilds intent only (slash commands need no privileged
 * intent), no pings by default, and REST pointed at `apiBase` (Discord's own, or a compatible
 * server). The gateway address comes from that server's GET /gateway/bot.
 *
 * Every REST call has a timeout (and one retry), and a rate limit on an interaction's callback that
 * would outlast Discord's 3 s window is not waited for: the call fails with a RateLimitError at
 * once (logged as `rate-limited`) instead of answering an interaction that is already gone. Other
 * calls wait out at most 15 s of rate limit, so every call has a total deadline.
 */
export function createGatewayClient(apiBase: string, options: GatewayClientOptions = { receivedAt: () => undefined }): Client {
  const outlastsWindow = (limit: RateLimitData): boolean => {
    const wait = Math.max(limit.timeToReset, limit.retryAfter);
    const id = /\/interactions\/(\d+)\//.exec(limit.url)?.[1];
    const arrived = id === undefined ? undefined : options.receivedAt(id);
    if (arrived === undefined) return wait > MAX_RATE_LIMIT_WAIT_MS;
    return performance.now() + wait > arrived + CALLBACK_WINDOW_MS;
  };
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: apiBase, timeout: REST_TIMEOUT_MS, retries: 1, rejectOnRateLimit: outlastsWindow },
  });
}
