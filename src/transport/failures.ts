/**
 * What a failed answer means, told apart so the log says what happened: an interaction or token
 * Discord no longer knows is expired (not a bug), a rate limit or deadline that outlasted the
 * interaction's window is given up on, and only the rest is an error worth an apology.
 */
export type ExpectedFailure =
  /** 10062: answered too late (Discord's 3 s), or the interaction was already gone. */
  | 'interaction-expired'
  /** 10015 unknown webhook: the interaction token (15 minutes) expired before the follow-up. */
  | 'token-expired'
  /** 40060: someone else already answered it. */
  | 'already-acknowledged'
  /** A 429 longer than the time left to answer: given up rather than answered late. */
  | 'rate-limited'
  /** No answer from Discord within the call's deadline (or the shutdown's). */
  | 'timed-out';

const BY_CODE: Record<number, ExpectedFailure> = {
  10062: 'interaction-expired',
  10015: 'token-expired',
  40060: 'already-acknowledged',
};

/** The expected failure `error` stands for, or null when it is a real error. */
export function expectedFailure(error: unknown): ExpectedFailure | null {
  const { code, name, reason } = (error ?? {}) as { code?: unknown; name?: unknown; reason?: unknown };
  if (typeof code === 'number' && BY_CODE[code]) return BY_CODE[code];
  // discord.js's RateLimitError (rejectOnRateLimit), and the HTTP webhook's give-up.
  // discord.js names it `RateLimitError[/route]`.
  if ((typeof name === 'string' && name.startsWith('RateLimitError')) || (name === 'WebhookGaveUpError' && reason === 'rate-limited')) return 'rate-limited';
  if (name === 'WebhookGaveUpError' || name === 'AbortError' || name === 'TimeoutError') return 'timed-out';
  return null;
}

const DESCRIPTION: Record<ExpectedFailure, string> = {
  'interaction-expired': 'the interaction expired before it was answered (Discord 10062)',
  'token-expired': 'the interaction token expired: unknown webhook (Discord 10015)',
  'already-acknowledged': 'already acknowledged elsewhere (Discord 40060)',
  'rate-limited': 'gave up: Discord rate limited the answer for longer than the time left to answer',
  'timed-out': 'gave up: Discord did not answer within the deadline',
};

export function describeFailure(failure: ExpectedFailure): string {
  return DESCRIPTION[failure];
}
