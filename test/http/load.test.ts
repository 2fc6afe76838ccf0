import { Agent } from 'node:http';
import { request } from 'node:http';
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
  beforeAll(async () => {
    // The default cooldown stays on: every request comes from a different user, as in a busy guild.
    endpoint = await startEndpoint({ cooldownSeconds: 3 });
  });
  afterAll(() => endpoint.close());

  it(`answers ${TOTAL} signed /ask requests, ${CONCURRENCY} at a time, none lost, each within Discord's 3 s`, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const outcomes: Array<{ status: number; type: number; answered: boolean; ms: number }> = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < TOTAL) {
        const index = next++;
        const body = JSON.stringify(commandInteraction('ask', [{ name: 'question', value: QUESTIONS[index % QUESTIONS.length]! }], newUserId()));
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
        const data = reply.json.data ?? {};
        outcomes.push({
          status: reply.status,
          type: reply.json.type,
          // An answer (embeds) or the "nothing found" notice: never the cooldown or the failure notice.
          answered: Array.isArray(data.embeds) || /found nothing/.test(data.content ?? ''),
          ms: performance.now() - started,
        });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    expect(outcomes).toHaveLength(TOTAL);
    expect(outcomes.filter((o) => o.status === 200)).toHaveLength(TOTAL);
    expect(outcomes.filter((o) => o.type === 4 && o.answered)).toHaveLength(TOTAL);
    expect(outcomes.filter((o) => o.ms >= DISCORD_WINDOW_MS)).toHaveLength(0);
    expect(endpoint.logs().filter((line) => line.msg === 'interaction' && line.outcome === 'ok')).toHaveLength(TOTAL);
  });
});
