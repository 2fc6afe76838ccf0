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

export interface WebhookOptions {
  /** DISCORD_API_BASE, without the version: `/v10` is appended as discord.js does. */
  apiBase: string;
  applicationId: string;
  logger: Logger;
  /** Attempts per call, counting the first (429s and 5xx are retried). */
  attempts?: number;
  /** Longest wait honoured from a retry-after before giving up. */
  maxRetryAfterMs?: number;
}

/**
 * Discord's interaction webhook API: the follow-up half of an HTTP interaction, after the
 * signed request itself has been answered. The interaction token in the URL is the credential,
 * so URLs are never logged.
 */
export interface Webhook {
  editOriginal(token: string, payload: MessagePayload): Promise<void>;
  deleteOriginal(token: string): Promise<void>;
  followUp(token: string, payload: MessagePayload): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a 429: the header, else the JSON body's `retry_after`. */
async function retryAfterMs(response: Response): Promise<number> {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header >= 0) return header * 1000;
  const body = (await response.json().catch(() => null)) as { retry_after?: unknown } | null;
  return typeof body?.retry_after === 'number' ? body.retry_after * 1000 : 1000;
}

export function createWebhook(options: WebhookOptions): Webhook {
  const base = `${options.apiBase}/v10/webhooks/${options.applicationId}`;
  const attempts = options.attempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const log = options.logger;

  async function call(method: 'PATCH' | 'POST' | 'DELETE', token: string, suffix: string, payload?: MessagePayload): Promise<void> {
    const url = `${base}/${token}${suffix}`;
    const route = `${method} /webhooks/:application/:token${suffix}`;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: payload ? { 'content-type': 'application/json' } : {},
          body: payload ? JSON.stringify(payload) : undefined,
        });
      } catch (error) {
        if (attempt >= attempts) throw error;
        log.warn({ route, attempt, err: error instanceof Error ? error.message : String(error) }, 'webhook call failed; retrying');
        await sleep(250 * 2 ** attempt);
        continue;
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < attempts) {
        const wait = response.status === 429 ? await retryAfterMs(response) : 250 * 2 ** attempt;
        if (wait <= maxRetryAfterMs) {
          await response.body?.cancel().catch(() => {});
          log.warn({ route, status: response.status, attempt, waitMs: Math.round(wait) }, 'webhook call limited; retrying');
          await sleep(wait);
          continue;
        }
      }
      const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
      const code = typeof body?.code === 'number' ? body.code : null;
      throw new WebhookError(response.status, code, `${route} answered ${response.status}${typeof body?.message === 'string' ? `: ${body.message}` : ''}`);
    }
  }

  return {
    editOriginal: (token, payload) => call('PATCH', token, '/messages/@original', payload),
    deleteOriginal: (token) => call('DELETE', token, '/messages/@original'),
    followUp: (token, payload) => call('POST', token, '', payload),
  };
}
