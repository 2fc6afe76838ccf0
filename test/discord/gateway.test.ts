/**
 * End to end: the real discord.js client logs in to the Discord-compatible fake over HTTP and
 * WebSocket, and answers commands, autocomplete and button clicks with the real engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import { BUTTON_LIFETIME_MS } from '../../src/render/discord/buttons.js';
import { startBot, type Bot } from '../../src/transport/gateway/bot.js';
import { FAKE_TOKEN, FakeDiscord, type InteractionRecord } from '../fake-discord/server.js';
import { snowflake } from '../fake-discord/payloads.js';
import { answerOf, bundledEngine, buttonsOf, expectWithinDiscordLimits, logLine, memoryLogger } from './harness.js';

const EPHEMERAL = 64;

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;
let clock = Date.now();
const log = memoryLogger();
const owner = snowflake();
const stranger = snowflake();


beforeAll(async () => {
  engine = await bundledEngine();
  fake = await new FakeDiscord({ heartbeatIntervalMs: 400 }).listen();
  bot = await startBot({ token: FAKE_TOKEN, apiBase: fake.apiBase, cooldownSeconds: 0, engine, logger: log.logger, now: () => clock });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('login', () => {
  it('identifies with the Guilds intent only and receives READY and GUILD_CREATE', () => {
    expect(fake.identify?.intents).toBe(1);
    expect(fake.identify?.token).toBe(FAKE_TOKEN);
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.user?.id).toBe(fake.world.bot.id);
    expect(bot.client.guilds.cache.get(fake.world.guildId)?.available).toBe(true);
  });

  it('heartbeats and gets its heartbeats acknowledged', async () => {
    const heartbeatsBefore = fake.gatewayOps.filter((op) => op === 1).length;
    // discord.js reports each HEARTBEAT_ACK it receives; without one it would reconnect.
    await new Promise<void>((resolve) => {
      const onDebug = (message: string) => {
        if (/Heartbeat acknowledged/.test(message)) {
          bot.client.off('debug', onDebug);
          resolve();
        }
      };
      bot.client.on('debug', onDebug);
    });
    expect(fake.gatewayOps.filter((op) => op === 1).length).toBeGreaterThan(heartbeatsBefore);
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('never logs the token', () => {
    expect(log.raw.join('')).not.toContain(FAKE_TOKEN);
  });
});

describe('/ask', () => {
  it('answers at once (no "thinking…") with the sentence, passages with bold terms, and numbered citations', async () => {
    const record = await fake.answered(fake.command('ask', { question: 'Why did Sheinbaum turn down Trump’s offer of troops?' }, owner));
    expect(record.exchanges.map((e) => [e.kind, e.body.type])).toEqual([['callback', 4]]);
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    const embed = answer.embeds![0]!;
    expect(embed.title).toContain('Sheinbaum');
    expect(embed.description).toMatch(/^> .+\*\*\[1\]\*\*/);
    expect(embed.description).toMatch(/\*\*[^*[\]]+\*\*/); // a question term in bold
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources');
    expect(sources.value).toMatch(/^\*\*\[1\]\*\* /);
    // Every cited source with a known address is linked.
    for (const source of engine.sources().sources) {
      if (source.url && sources.value.includes(source.outlet ?? source.id)) expect(sources.value).toContain(`](${source.url}`);
    }
    expect(answer.flags ?? 0).toBe(0);
    const buttons = buttonsOf(answer);
    expect([...buttons.keys()]).toEqual(expect.arrayContaining(['More passages', 'Sources']));
  });

  it('private:true answers ephemerally', async () => {
    const record = await fake.answered(fake.command('ask', { question: 'What did Trump offer Mexico?', private: true }, owner));
    expect(record.exchanges[0]!.body.data?.flags).toBe(EPHEMERAL);
    expectWithinDiscordLimits(answerOf(record));
  });

  it('nothing found: a short ephemeral reply that suggests /sources, and nothing public ever shown', async () => {
    const record = await fake.answered(fake.command('ask', { question: 'zqxv wplk?' }, owner));
    const answer = answerOf(record);
    expect(answer.flags).toBe(EPHEMERAL);
    expect(answer.content).toContain('/sources');
    expect(answer.embeds ?? []).toHaveLength(0);
    expect(record.exchanges.map((e) => e.kind)).toEqual(['callback']);
    expect(record.shown).toEqual([expect.objectContaining({ ephemeral: true, deferred: false })]);
    expectWithinDiscordLimits(answer);
  });

  it('echoes the question escaped: no mass mention, no markdown injection', async () => {
    const record = await fake.answered(fake.command('ask', { question: '@everyone **Sheinbaum** troops [x](https://evil.example)' }, owner));
    const answer = answerOf(record);
    const title = String(answer.embeds?.[0]?.title ?? answer.content);
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain('\\*\\*Sheinbaum\\*\\*');
    expect(title).not.toMatch(/(?<!\\)\[x\]/);
    expectWithinDiscordLimits(answer);
  });
});

describe('buttons', () => {
  let asked: InteractionRecord;
  beforeAll(async () => {
    asked = await fake.answered(fake.command('ask', { question: 'What did Trump offer Mexico and the cartels?' }, owner));
  });

  it('"More passages" pages the owner’s message in place, question recovered from the message', async () => {
    const more = buttonsOf(answerOf(asked)).get('More passages')!;
    expect(more.disabled).toBe(false);
    const click = await fake.answered(fake.click(asked.message!, more.custom_id, owner));
    expect(click.exchanges[0]!.body.type).toBe(7);
    const page = answerOf(click);
    expectWithinDiscordLimits(page);
    expect(page.embeds![0]!.title).toBe(answerOf(asked).embeds![0]!.title);
    expect(page.embeds![0]!.footer.text).toMatch(/^Passages 4–/);
    expect(buttonsOf(page).has('Back')).toBe(true);
  });

  it('someone else’s click gets a private notice and changes nothing', async () => {
    const more = buttonsOf(answerOf(asked)).get('More passages')!;
    const click = await fake.answered(fake.click(asked.message!, more.custom_id, stranger));
    expect(click.exchanges[0]!.body.type).toBe(4);
    expect(answerOf(click).flags).toBe(EPHEMERAL);
    expect(answerOf(click).content).toMatch(/belong/);
  });

  it('"Sources" shows the coverage privately to whoever clicks', async () => {
    const sources = buttonsOf(answerOf(asked)).get('Sources')!;
    const click = await fake.answered(fake.click(asked.message!, sources.custom_id, stranger));
    const answer = answerOf(click);
    expect(answer.flags).toBe(EPHEMERAL);
    expect(answer.embeds![0]!.title).toBe('Coverage');
  });

  it('expired buttons are removed and the clicker is told', async () => {
    const more = buttonsOf(answerOf(asked)).get('More passages')!;
    clock += BUTTON_LIFETIME_MS + 60_000;
    try {
      const click = fake.click(asked.message!, more.custom_id, owner);
      await fake.until(click, (r) => r.exchanges.length >= 2);
      expect(click.exchanges[0]!.body).toMatchObject({ type: 7, data: { components: [] } });
      expect(click.exchanges[1]!.body.flags).toBe(EPHEMERAL);
      expect(click.exchanges[1]!.body.content).toMatch(/expired/);
    } finally {
      clock -= BUTTON_LIFETIME_MS + 60_000;
    }
  });
});

describe('/quote and autocomplete', () => {
  it('answers with the quotes, their speaker and outlet', async () => {
    const text = 'sovereignty is not for sale';
    const record = await fake.answered(fake.command('quote', { text }, owner));
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    expect(answer.flags ?? 0).not.toBe(EPHEMERAL);
    const fields = answer.embeds![0]!.fields as Array<{ name: string; value: string }>;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields[0]!.name).toContain('Sheinbaum');
    expect(fields[0]!.value).toMatch(/^“[^”]*[Ss]overeignty is not for sale/);
    expect(fields[0]!.value).toMatch(/\n— \S/);
  });

  it('says privately when no quote matches', async () => {
    const record = await fake.answered(fake.command('quote', { text: 'zebra crossing xylophone' }, owner));
    const answer = answerOf(record);
    expect(answer.flags).toBe(EPHEMERAL);
    expect(answer.content).toMatch(/no quotes/);
  });

  it('suggests speakers: at most 25 choices of at most 100 characters', async () => {
    const record = await fake.answered(fake.autocomplete('quote', { text: 'x', speaker: '' }, 'speaker', owner));
    expect(record.exchanges[0]!.body.type).toBe(8);
    const choices = record.exchanges[0]!.body.data!.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBe(Math.min(25, engine.speakers('').length));
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('/sources', () => {
  it('lists every article with outlet, headline, date and length', async () => {
    const record = await fake.answered(fake.command('sources', {}, owner));
    expect(record.exchanges[0]!.body.type).toBe(4);
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    const lines = String(answer.embeds![0]!.description).split('\n');
    const all = engine.sources().sources;
    expect(lines).toHaveLength(Math.min(10, all.length));
    for (const line of lines) expect(line).toMatch(/— [\d,]+ words?$/);
  });

  it('with about: only the articles that mention it, with counts', async () => {
    const record = await fake.answered(fake.command('sources', { about: 'Sheinbaum' }, owner));
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    const expected = engine.sources('Sheinbaum');
    if (expected.sources.length === 0) return expect(answer.flags).toBe(EPHEMERAL);
    expect(answer.embeds![0]!.title).toBe('Articles mentioning “Sheinbaum”');
    expect(String(answer.embeds![0]!.description).split('\n')).toHaveLength(Math.min(10, expected.sources.length));
  });
});

describe('when Discord misbehaves', () => {
  it('waits out a 429 with retry-after and still answers', async () => {
    fake.rateLimitNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 0.2);
    const record = await fake.answered(fake.command('sources', {}, owner));
    const callbacks = fake.requests.filter((r) => r.path === `/interactions/${record.id}/${record.token}/callback`);
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
  });

  it('an expired interaction (10062) is logged and survived', async () => {
    const expired = fake.command('sources', {}, owner, { expired: true });
    const line = await logLine(log, (l) => l.interaction === expired.id && l.msg === 'interaction');
    expect(line.outcome).toBe('interaction-expired');
    const next = await fake.answered(fake.command('sources', {}, owner));
    expect(answerOf(next).embeds).toHaveLength(1);
  });

  it('resumes a dropped gateway connection and gets the events it missed', async () => {
    const identifies = fake.gatewayOps.filter((op) => op === 2).length;
    const resumed = new Promise((resolve) => fake.once('resumed', resolve));
    fake.dropConnection();
    const missed = fake.command('sources', {}, owner); // sent while the bot is disconnected
    await resumed;
    expect(answerOf(await fake.answered(missed)).embeds).toHaveLength(1);
    expect(fake.gatewayOps.filter((op) => op === 2).length).toBe(identifies);
    expect(fake.gatewayOps).toContain(6);
  });

  it('takes a connection whose heartbeats go unanswered for dead, and resumes', async () => {
    const identifies = fake.gatewayOps.filter((op) => op === 2).length;
    const resumed = new Promise((resolve) => fake.once('resumed', resolve));
    fake.ackHeartbeats = false;
    try {
      await resumed;
    } finally {
      fake.ackHeartbeats = true;
    }
    expect(fake.gatewayOps.filter((op) => op === 2).length).toBe(identifies);
    expect(answerOf(await fake.answered(fake.command('sources', {}, owner))).embeds).toHaveLength(1);
  });

  it('answers 50 interactions at once', async () => {
    const users = Array.from({ length: 50 }, () => snowflake());
    const records = users.map((user, i) =>
      i % 2 === 0 ? fake.command('ask', { question: 'What did Trump offer Mexico?' }, user) : fake.command('sources', {}, user),
    );
    await Promise.all(records.map((r) => fake.answered(r)));
    for (const record of records) expectWithinDiscordLimits(answerOf(record));
  });

  it('writes one structured log line per interaction', async () => {
    // The line is written once the bot has the answer's response, which is after the fake recorded it.
    const lines = await Promise.all([...fake.interactions.keys()].map((id) => logLine(log, (l) => l.msg === 'interaction' && l.interaction === id)));
    expect(log.lines.filter((l) => l.msg === 'interaction')).toHaveLength(fake.interactions.size);
    for (const line of lines) {
      expect(line).toMatchObject({ kind: expect.any(String), command: expect.any(String), outcome: expect.any(String), ms: expect.any(Number) });
    }
  });
});
