import { Agent } from 'node:http';
import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type Endpoint } from './harness.js';
import { commandInteraction, newUserId } from './payloads.js';

const TOTAL = 500;
const CONCURRENCY = 50;
const DISCORD_WINDOW_MS = 3000;

// Varied questions, some answerable and some not: the load must not depend on one code path.
const QUESTIONS = [
  'What did Trump offer Mexico?',
  'Why did Sheinbaum refuse?',
  'Who is the president of Mexico?',
  'What happened at the border?',
  'What did the cartels do?',
  'Where was the announcement made?',
  'zxqv wplk',
];

describe('HTTP interactions under load', () => {
  let endpoint: Endpoint;

  /**
   * The answer of a privately deferred interaction, once it has arrived: a public one is posted
   * after the placeholder (which is then deleted), a private one is edited into it.
   */
  function deferredAnswer(token: string): { embeds?: unknown[]; content?: string } | undefined {
    const calls = endpoint.discord.calls.filter((call) => call.path.split('/')[5] === token);
    if (calls.some((call) => call.method === 'DELETE')) return calls.find((call) => call.method === 'POST')?.body as { embeds?: unknown[] };
    const edit = calls.find((call) => call.method === 'PATCH')?.body as { content?: string } | undefined;
    return edit && !/posted in the channel/.test(edit.content ?? '') ? edit : undefined;
  }

  beforeAll(async () => {
    // The default cooldown stays on: every request comes from a different user, as in a busy guild.
    endpoint = await startEndpoint({ cooldownSeconds: 3 });
  });
  afterAll(() => endpoint.close());

  it(`answers ${TOTAL} signed /ask requests, ${CONCURRENCY} at a time, none lost, each within Discord's 3 s`, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const outcomes: Array<{ status: number; type: number; token: string; answer: { embeds?: unknown[]; content?: string }; ms: number }> = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < TOTAL) {
        const index = next++;
        const interaction = commandInteraction('ask', [{ name: 'question', value: QUESTIONS[index % QUESTIONS.length]! }], newUserId());
        const body = JSON.stringify(interaction);
        const started = performance.now();
        const reply = await new Promise<{ status: number; json: any }>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: endpoint.port, method: 'POST', path: '/interactions', agent, headers: endpoint.signer.headers(body) }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
          });
          req.on('error', reject);
          req.end(body);
        });
        outcomes.push({ status: reply.status, type: reply.json.type, token: interaction.token, answer: reply.json.data ?? {}, ms: performance.now() - started });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    expect(outcomes).toHaveLength(TOTAL);
    expect(outcomes.filter((o) => o.status === 200)).toHaveLength(TOTAL);
    // Acknowledged in time: inline, or (on a machine too busy to answer within the budget) deferred.
    expect(outcomes.filter((o) => o.ms >= DISCORD_WINDOW_MS)).toHaveLength(0);
    const deferred = outcomes.filter((o) => o.type === 5);
    expect(outcomes.filter((o) => o.type === 4).length + deferred.length).toBe(TOTAL);
    // A deferred answer follows through the webhook (the test's own timeout bounds the wait).
    while (deferred.some((o) => deferredAnswer(o.token) === undefined)) await delay(20);
    const answers = outcomes.map((o) => (o.type === 5 ? deferredAnswer(o.token) : o.answer));
    // An answer (embeds) or the "nothing found" notice: never the cooldown or the failure notice.
    const answered = answers.filter((a) => Array.isArray(a?.embeds) || /found nothing/.test(a?.content ?? ''));
    expect(answered).toHaveLength(TOTAL);
    expect(endpoint.logs().filter((line) => line.msg === 'interaction' && line.outcome === 'ok')).toHaveLength(TOTAL);
  });
});
