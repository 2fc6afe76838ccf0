/**
 * The gateway bot when things go wrong or it is told to stop, against the Discord-compatible fake:
 * no interaction token in any log line of the error paths, a rate limit past Discord's 3 s window is
 * given up at once, a fatal close (4004) is reported, and interactions arriving during the drain
 * are answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import { startBot, type Bot } from '../../src/transport/gateway/bot.js';
import { FAKE_TOKEN, FakeDiscord, type InteractionRecord } from '../fake-discord/server.js';
import { snowflake } from '../fake-discord/payloads.js';
import { answerOf, bundledEngine, buttonsOf, logLine, memoryLogger } from './harness.js';

const EPHEMERAL = 64;
const owner = snowflake();
let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

/** A fake Discord and a bot logged in to it for the enclosing describe (tests there may end its session). */
function botPerDescribe() {
  const log = memoryLogger();
  const fake = new FakeDiscord();
  const handle = { log, fake, bot: {} as Bot };
  beforeAll(async () => {
    await fake.listen();
    handle.bot = await startBot({ token: FAKE_TOKEN, apiBase: fake.apiBase, cooldownSeconds: 0, engine, logger: log.logger });
  });
  afterAll(async () => {
    await handle.bot.stop?.(1000);
    await fake.close();
  });
  return handle;
}

const outcomeOf = (log: ReturnType<typeof memoryLogger>, record: InteractionRecord) =>
  logLine(log, (l) => l.msg === 'interaction' && l.interaction === record.id);

describe('error paths and the drain', () => {
  const setup = botPerDescribe();
  const { log, fake } = setup;

  it('Discord refusing an answer: the error is logged with its route, never with the interaction token', async () => {
    // The answer is refused (400): discord.js's error carries the callback URL and the body.
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 400, { code: 50035, message: 'Invalid Form Body' });
    const refused = fake.command('ask', { question: 'What did Trump offer Mexico?' }, owner);
    expect((await outcomeOf(log, refused)).outcome).toBe('error');
    // Discord no longer knows the interaction (10062): logged as expired.
    const expired = fake.command('ask', { question: 'What did Trump offer Mexico?' }, owner, { expired: true });
    expect((await outcomeOf(log, expired)).outcome).toBe('interaction-expired');

    const failure = log.lines.find((l) => l.msg === 'interaction failed' && l.interaction === refused.id)!;
    expect(JSON.stringify(failure)).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
    const raw = log.raw.join('');
    for (const record of [refused, expired]) expect(raw).not.toContain(record.token);
    expect(raw).not.toContain(FAKE_TOKEN);
  });

  it('stop(): work in flight finishes; interactions arriving meanwhile are told to try again in a moment', async () => {
    const asked = await fake.answered(fake.command('ask', { question: 'What did Trump offer Mexico?' }, owner));
    // A reply in flight: its callback takes 600 ms to be answered.
    fake.delayNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 600);
    const inFlight = fake.command('sources', {}, owner);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = setup.bot.stop(10_000);
    const during = [
      fake.command('sources', {}, snowflake()),
      fake.click(asked.message!, buttonsOf(answerOf(asked) as Record<string, unknown>).get('More passages')!.custom_id, owner),
    ];
    const suggest = fake.autocomplete('quote', { text: 'x', speaker: '' }, 'speaker', owner);
    for (const record of during) {
      const answered = await fake.answered(record);
      expect(answered.exchanges[0]!.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
      expect(answered.exchanges[0]!.body.data!.content).toMatch(/restarting/);
    }
    expect((await fake.answered(suggest)).exchanges[0]!.body).toMatchObject({ type: 8, data: { choices: [] } });
    expect(await stopped).toBe(true);
    expect((await fake.answered(inFlight)).exchanges[0]!.body.type).toBe(4);
    expect(log.lines.filter((l) => l.outcome === 'restarting')).toHaveLength(3);
  });
});

describe('Discord ending things', () => {
  const setup = botPerDescribe();
  const { log, fake } = setup;

  it('a global 429 on the callback longer than the 3 s window is given up at once, as rate-limited', async () => {
    fake.rateLimitNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 10, { global: true });
    const started = Date.now();
    const record = fake.command('sources', {}, owner);
    const line = await outcomeOf(log, record);
    expect(line.outcome).toBe('rate-limited');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(log.lines.some((l) => l.level >= 50)).toBe(false);
  });

  it('close code 4004 mid-session: logged as fatal and reported, no reconnect', async () => {
    const identifies = fake.gatewayOps.filter((op) => op === 2).length;
    fake.closeSession(4004, 'Authentication failed.');
    const lost = await setup.bot.lost;
    expect(lost).toEqual({ code: 4004, meaning: 'AuthenticationFailed' });
    expect(log.lines.find((l) => l.code === 4004)).toMatchObject({ level: 50, meaning: 'AuthenticationFailed' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.gatewayOps.filter((op) => op === 2 || op === 6).length).toBe(identifies);
  });
});
