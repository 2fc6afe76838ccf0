import type { Logger } from '../../log.js';
import type { MessagePayload } from '../interaction.js';

/** Discord answered a webhook call with an error that retrying will not fix. */
export class WebhookError extends Error {
  constructor(
    readonly status: number,
    /** Discord's JSON error code (e.g. 10015 unknown webhook: the token expired), when it sent one. */
    readonly code: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}

/** A webhook call stopped without an answer: its deadline passed, a 429 outlasted it, or the endpoint is shutting down. */
export class WebhookGaveUpError extends Error {
  constructor(
    readonly reason: 'deadline' | 'rate-limited' | 'shutdown',
    message: string,
  ) {
    super(message);
    this.name = 'WebhookGaveUpError';
  }
}

export interface WebhookOptions {
  /** DISCORD_API_BASE, without the version: `/v10` is appended as discord.js does. */
  apiBase: string;
  applicationId: string;
  logger: Logger;
  /** Attempts per call, counting the first (429s, 5xx and network failures are retried). */
  attempts?: number;
  /** Longest wait for one attempt's response. */
  attemptTimeoutMs?: number;
  /** Longest a call may take in all, retries and waits included: past it the call gives up. */
  deadlineMs?: number;
}

/**
 * Discord's interaction webhook API: the follow-up half of an HTTP interaction, after the
 * signed request itself has been answered. The interaction token in the URL is the credential,
 * so URLs are never logged (only the route).
 */
export interface Webhook {
  editOriginal(token: string, payload: MessagePayload): Promise<void>;
  deleteOriginal(token: string): Promise<void>;
  followUp(token: string, payload: MessagePayload): Promise<void>;
  /** Ends every call in flight at once (the shutdown deadline passed): each rejects with WebhookGaveUpError. */
  abortAll(): void;
}

/** Milliseconds to wait from a 429: the header, else the JSON body's `retry_after`. */
async function retryAfterMs(response: Response): Promise<number> {
  const header = Number(response.headers.get('retry-after'));
  if (response.headers.get('retry-after') !== null && Number.isFinite(header) && header >= 0) return header * 1000;
  const body = (await response.json().catch(() => null)) as { retry_after?: unknown } | null;
  return typeof body?.retry_after === 'number' ? body.retry_after * 1000 : 1000;
}

export function createWebhook(options: WebhookOptions): Webhook {
  const base = `${options.apiBase}/v10/webhooks/${options.applicationId}`;
  const attempts = options.attempts ?? 4;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 5000;
  const deadlineMs = options.deadlineMs ?? 15_000;
  const log = options.logger;
  const shutdown = new AbortController();

  /** Waits `ms` unless the shutdown aborts first. */
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        shutdown.signal.removeEventListener('abort', done);
        resolve();
      }
      shutdown.signal.addEventListener('abort', done, { once: true });
    });

  async function call(method: 'PATCH' | 'POST' | 'DELETE', token: string, suffix: string, payload?: MessagePayload): Promise<void> {
    const url = `${base}/${token}${suffix}`;
    const route = `${method} /webhooks/:application/:token${suffix}`;
    const giveUpAt = performance.now() + deadlineMs;
    const left = (): number => giveUpAt - performance.now();
    const gaveUp = (reason: 'deadline' | 'rate-limited' | 'shutdown', why: string): WebhookGaveUpError => {
      log.warn({ route, reason }, `webhook call given up: ${why}`);
      return new WebhookGaveUpError(reason, `${route} given up: ${why}`);
    };
    for (let attempt = 1; ; attempt++) {
      if (shutdown.signal.aborted) throw gaveUp('shutdown', 'the endpoint is shutting down');
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: payload ? { 'content-type': 'application/json' } : {},
          body: payload ? JSON.stringify(payload) : undefined,
          signal: AbortSignal.any([shutdown.signal, AbortSignal.timeout(Math.max(1, Math.ceil(Math.min(attemptTimeoutMs, left()))))]),
        });
      } catch (error) {
        if (shutdown.signal.aborted) throw gaveUp('shutdown', 'the endpoint is shutting down');
        const timedOut = (error as Error).name === 'TimeoutError';
        const wait = 250 * 2 ** attempt;
        const why = timedOut ? `no answer within ${Math.round(Math.min(attemptTimeoutMs, deadlineMs))} ms` : `network error: ${causeOf(error)}`;
        if (attempt >= attempts || left() <= wait) throw gaveUp('deadline', `${why}, after ${attempt} attempt(s)`);
        log.warn({ route, attempt, waitMs: wait }, `webhook call failed (${why}); retrying`);
        await sleep(wait);
        continue;
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < attempts) {
        const limited = response.status === 429;
        const wait = limited ? await retryAfterMs(response) : 250 * 2 ** attempt;
        await response.body?.cancel().catch(() => {});
        if (wait >= left()) {
          throw gaveUp(
            limited ? 'rate-limited' : 'deadline',
            limited
              ? `rate limited for ${Math.round(wait)} ms, longer than the ${Math.max(0, Math.round(left()))} ms left`
              : `Discord answered ${response.status} and no time is left to retry`,
          );
        }
        if (limited) log.warn({ route, status: 429, attempt, waitMs: Math.round(wait) }, 'webhook call rate limited; retrying after retry-after');
        else log.warn({ route, status: response.status, attempt, waitMs: wait }, `webhook call answered ${response.status} (a Discord server error); retrying`);
        await sleep(wait);
        continue;
      }
      const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
      const code = typeof body?.code === 'number' ? body.code : null;
      throw new WebhookError(response.status, code, `${route} answered ${response.status}${code !== null ? ` (code ${code})` : ''}${typeof body?.message === 'string' ? `: ${body.message}` : ''}`);
    }
  }

  return {
    editOriginal: (token, payload) => call('PATCH', token, '/messages/@original', payload),
    deleteOriginal: (token) => call('DELETE', token, '/messages/@original'),
    followUp: (token, payload) => call('POST', token, '', payload),
    abortAll: () => shutdown.abort(),
  };
}

/** A network error's reason without its URL (which holds the token): undici puts it in `cause`. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return (error as Error).name ?? 'error';
}
