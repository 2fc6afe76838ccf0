/**
 * When Discord's webhook API fails, the logs say what happened (expired token, retry, rate limit
 * given up, no answer, client gone) and never carry an interaction token.
 */
import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import type { CommandModule } from '../../src/transport/interaction.js';
import { startEndpoint, type Endpoint } from './harness.js';
import { commandInteraction, newUserId } from './payloads.js';

// The real /ask, slower than the time budget: its answer goes through the webhook API.
const slowAsk: CommandModule = {
  ...ask,
  async execute(interaction, deps) {
    await delay(120);
    await ask.execute(interaction, deps);
  },
};

const question = () => commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }], newUserId());
type Line = Record<string, unknown> & { msg: string; level: number };

describe('the webhook calls of deferred answers, when Discord fails', () => {
  let endpoint: Endpoint;
  const tokens: string[] = [];
  afterEach(async () => {
    // Every line of every error path, whole: no interaction token anywhere.
    const raw = endpoint.rawLogs();
    for (const token of tokens) expect(raw).not.toContain(token);
    tokens.length = 0;
    await endpoint.close();
  });

  /** Posts one slow /ask and resolves with the dispatcher's line for it once it settled. */
  async function deferredAsk(): Promise<{ outcome: Line; lines: Line[] }> {
    const interaction = question();
    tokens.push(interaction.token);
    expect((await endpoint.post(interaction)).json.type).toBe(5);
    for (;;) {
      const lines = endpoint.logs() as Line[];
      const outcome = lines.find((l) => l.msg === 'interaction' && l.interaction === interaction.id);
      if (outcome) return { outcome, lines };
      await delay(20);
    }
  }

  it('10015 (unknown webhook: the token expired) is logged as expired, not as a failure', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 30 });
    endpoint.discord.reply({ status: 404, body: { message: 'Unknown Webhook', code: 10015 } });
    const { outcome, lines } = await deferredAsk();
    expect(outcome.outcome).toBe('token-expired');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.some((l) => l.level === 40 && /token expired/.test(l.msg))).toBe(true);
  });

  it('a 5xx is logged as a retry of a server error, and the retry answers', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 30 });
    endpoint.discord.reply({ status: 502, body: { message: 'Bad Gateway' } });
    const { outcome, lines } = await deferredAsk();
    expect(outcome.outcome).toBe('ok');
    const retry = lines.find((l) => l.msg.includes('retrying'))!;
    expect(retry).toMatchObject({ status: 502, attempt: 1 });
    expect(retry.msg).toMatch(/server error/);
    expect(retry.msg).not.toMatch(/limit/);
  });

  it('a 429 longer than the time left gives up at once, cleanly, as rate-limited', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 30, webhook: { deadlineMs: 2000 } });
    endpoint.discord.reply({ status: 429, headers: { 'retry-after': '10' }, body: { message: 'You are being rate limited.', retry_after: 10, global: true } });
    const started = Date.now();
    const { outcome, lines } = await deferredAsk();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome.outcome).toBe('rate-limited');
    expect(lines.find((l) => l.msg.startsWith('webhook call given up'))).toMatchObject({ reason: 'rate-limited' });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('a Discord that never answers: each attempt times out and the call gives up within its deadline', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 30, webhook: { attemptTimeoutMs: 150, deadlineMs: 600 } });
    endpoint.discord.reply({ status: 'hang' }, { status: 'hang' }, { status: 'hang' }, { status: 'hang' });
    const started = Date.now();
    const { outcome } = await deferredAsk();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(outcome.outcome).toBe('timed-out');
  });

  it('the endpoint closes within its deadline when Discord stops answering, and abortAll ends the calls', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 30, webhook: { attemptTimeoutMs: 60_000, deadlineMs: 60_000 } });
    endpoint.discord.reply({ status: 'hang' });
    const interaction = question();
    tokens.push(interaction.token);
    expect((await endpoint.post(interaction)).json.type).toBe(5);
    await endpoint.discord.waitForCalls(1);
    const started = Date.now();
    expect(await endpoint.endpoint.close(200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
    endpoint.webhook.abortAll();
    for (let i = 0; i < 100 && !endpoint.logs().some((l) => l.msg === 'interaction' && l.interaction === interaction.id); i++) await delay(20);
    expect(endpoint.logs().find((l) => l.msg === 'interaction' && l.interaction === interaction.id)).toMatchObject({ outcome: 'timed-out' });
  });

  it('a client that closes the connection before the answer is logged as aborted (499), not 200', async () => {
    endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 1000 });
    const interaction = question();
    tokens.push(interaction.token);
    const body = JSON.stringify(interaction);
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: endpoint.port, method: 'POST', path: '/interactions', headers: endpoint.signer.headers(body) });
      req.on('error', () => resolve());
      req.end(body, () => setTimeout(() => req.destroy(), 30));
    });
    let line: Record<string, unknown> | undefined;
    for (let i = 0; i < 100 && !(line = endpoint.logs().find((l) => l.path === '/interactions')); i++) await delay(20);
    expect(line).toMatchObject({ msg: 'request aborted', status: 499, interaction: 'command' });
  });
});
