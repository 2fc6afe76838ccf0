/**
 * Discord manners end to end: the real discord.js client on the Discord-compatible fake answers
 * at once when it can, acknowledges privately when it cannot (a private or empty answer never
 * shows in the channel), and offers link and feedback buttons, "Ask storybot" on a message,
 * a speaker's quotes page by page, and /help.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { ask } from '../../commands/ask.js';
import type { Engine } from '../../src/answer/types.js';
import type { CommandModule } from '../../src/transport/interaction.js';
import { feedbackQuestions, tallyVotes, votesInLog } from '../../src/transport/feedback.js';
import { startBot, type Bot } from '../../src/transport/gateway/bot.js';
import { FAKE_TOKEN, FakeDiscord, type InteractionRecord } from '../fake-discord/server.js';
import { messageFrom, snowflake } from '../fake-discord/payloads.js';
import { answerOf, bundledEngine, buttonsOf, expectWithinDiscordLimits, logLine, memoryLogger, type SentMessage } from './harness.js';

const EPHEMERAL = 64;
const BUDGET_MS = 100;
const SLOW_MS = 400;

// The real /ask, slower than the time budget: the bot must acknowledge before the answer is ready.
const slowAsk: CommandModule = {
  ...ask,
  data: { ...ask.data, name: 'slowask' },
  async execute(interaction, deps) {
    await delay(SLOW_MS);
    await ask.execute(interaction, deps);
  },
};

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;
const log = memoryLogger();
const owner = snowflake();
const stranger = snowflake();


const publicShown = (record: InteractionRecord) => record.shown.filter((message) => !message.ephemeral);

beforeAll(async () => {
  engine = await bundledEngine();
  fake = await new FakeDiscord({ heartbeatIntervalMs: 400 }).listen();
  bot = await startBot({ token: FAKE_TOKEN, apiBase: fake.apiBase, cooldownSeconds: 0, engine, logger: log.logger, commands: [...commands, slowAsk], answerWithinMs: BUDGET_MS });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('no flicker: a private or empty answer never shows in the channel', () => {
  it.each([
    ['/ask that finds nothing', () => fake.command('ask', { question: 'zqxv wplk?' }, owner)],
    ['/ask private:true', () => fake.command('ask', { question: 'What did Trump offer Mexico?', private: true }, owner)],
    ['/quote that matches nothing', () => fake.command('quote', { text: 'zebra crossing xylophone' }, owner)],
    ['/quote with neither text nor speaker', () => fake.command('quote', {}, owner)],
    ['/help', () => fake.command('help', {}, owner)],
    ['"Ask storybot" on a message without words', () => fake.messageCommand('Ask storybot', messageFrom(fake.world, { content: '<@123456789012345678> 🎉 https://example.com' }), owner)],
  ])('%s: one ephemeral reply, nothing before it', async (_, send) => {
    const record = await fake.answered(send());
    expect(record.exchanges.map((e) => [e.kind, e.body.type])).toEqual([['callback', 4]]);
    expect(record.shown).toEqual([expect.objectContaining({ ephemeral: true, deferred: false })]);
  });

  it('a quick public answer is the first and only response', async () => {
    const record = await fake.answered(fake.command('ask', { question: 'What did Trump offer Mexico?' }, owner));
    expect(record.exchanges.map((e) => [e.kind, e.body.type])).toEqual([['callback', 4]]);
    expect(record.shown).toEqual([expect.objectContaining({ ephemeral: false, deferred: false })]);
  });

  it('slow and empty: acknowledged privately, then the private "thinking…" becomes the answer', async () => {
    const record = fake.command('slowask', { question: 'zqxv wplk?' }, owner);
    await fake.until(record, (r) => r.exchanges.length >= 2);
    await delay(100);
    expect(record.exchanges.map((e) => e.kind)).toEqual(['callback', 'edit']);
    expect(record.exchanges[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(String(answerOf(record).content)).toContain('/sources');
    expect(publicShown(record)).toEqual([]);
    // discord.js edits `@original`, percent-encoded.
    const edit = fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(record.token))!;
    expect(edit.rawPath).toMatch(/\/messages\/%40original$/);
  });

  it('slow and public: the answer is posted as a new public message, the private placeholder resolved and removed', async () => {
    const record = fake.command('slowask', { question: 'What did Trump offer Mexico?' }, owner);
    await fake.until(record, (r) => r.exchanges.some((e) => e.kind === 'delete'));
    expect(record.exchanges.map((e) => e.kind)).toEqual(['callback', 'edit', 'followup', 'delete']);
    expect(record.exchanges[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    // Only the answer was ever public: the "thinking…" was the user's alone.
    expect(record.shown.map((m) => [m.deferred, m.ephemeral])).toEqual([[true, true], [false, false]]);
    const answer = record.exchanges[2]!.body as SentMessage;
    expect(answer.embeds![0]!.title).toBe('What did Trump offer Mexico?');
    expect(answer.flags ?? 0).toBe(0);
  });
});

describe('link buttons and feedback under an answer', () => {
  let asked: InteractionRecord;
  const question = 'Why did Sheinbaum turn down Trump’s offer of troops?';
  beforeAll(async () => {
    asked = await fake.answered(fake.command('ask', { question }, owner));
  });

  it('links each cited article with an address, the answer’s at its sentence, within Discord’s limits', () => {
    const answer = answerOf(asked);
    expectWithinDiscordLimits(answer);
    const links = answer.components!.flatMap((row) => row.components).filter((button) => button.style === 5);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(5);
    const result = engine.ask(question, { limit: 3 });
    const answerSource = engine.sources().sources.find((s) => result.answer!.passageId.startsWith(`${s.id}#`))!;
    for (const link of links) {
      expect(link.url.length).toBeLessThanOrEqual(512);
      expect(link.label.length).toBeLessThanOrEqual(80);
      expect(link.label).toMatch(/^\[\d\] /);
      expect(link).not.toHaveProperty('custom_id');
    }
    const toAnswer = links.find((link) => link.url.startsWith(answerSource.url!))!;
    expect(toAnswer.url).toMatch(/#:~:text=[^,]+,.+/);
    // Every cited source that has an address gets its button.
    const cited = String(answer.embeds![0]!.fields.find((f: { name: string }) => f.name === 'Sources').value);
    const withAddress = engine.sources().sources.filter((s) => s.url && cited.includes(`](${s.url}`));
    expect(links).toHaveLength(withAddress.length);
  });

  it('👍 and 👎 from anyone: a private thanks, and one structured log line with the question, answer passage and vote', async () => {
    const buttons = buttonsOf(answerOf(asked));
    const up = await fake.answered(fake.click(asked.message!, buttons.get('👍')!.custom_id, stranger));
    expect(answerOf(up).flags).toBe(EPHEMERAL);
    expect(answerOf(up).content).toMatch(/Thanks/);
    const down = await fake.answered(fake.click(asked.message!, buttons.get('👎')!.custom_id, owner));
    expect(answerOf(down).flags).toBe(EPHEMERAL);

    const expected = engine.ask(question, { limit: 3 }).answer!;
    const upLine = await logLine(log, (l) => l.msg === 'feedback' && l.user === stranger);
    expect(upLine).toMatchObject({ question, passage: expected.passageId, answer: expected.text, vote: 'up', message: asked.message!.id });
    expect(await logLine(log, (l) => l.msg === 'feedback' && l.user === owner)).toMatchObject({ vote: 'down', passage: expected.passageId });
    // The asker liked it after all: their last vote counts, and the answer becomes a gold phrase.
    const again = await fake.answered(fake.click(asked.message!, buttons.get('👍')!.custom_id, owner));
    expect(answerOf(again).flags).toBe(EPHEMERAL);
    await logLine(log, (l) => l.msg === 'feedback' && l.user === owner && l.vote === 'up');
    const questions = feedbackQuestions(tallyVotes(votesInLog(log.raw.join(''))));
    expect(questions.answerable).toEqual([{ q: question, gold: [expected.text] }]);
  });
});

describe('"Ask storybot" on a message', () => {
  it('asks about the message’s words, without its mentions, emoji and addresses, as /ask does', async () => {
    const target = messageFrom(fake.world, { content: `<@${stranger}> **Why did Sheinbaum turn down Trump’s offer of troops?** 🤔 https://example.com/thread` });
    const record = await fake.answered(fake.messageCommand('Ask storybot', target, owner));
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    expect(record.exchanges.map((e) => e.body.type)).toEqual([4]);
    expect(answer.embeds![0]!.title).toBe('Why did Sheinbaum turn down Trump’s offer of troops?');
    const direct = await fake.answered(fake.command('ask', { question: 'Why did Sheinbaum turn down Trump’s offer of troops?' }, owner));
    expect(answer.embeds).toEqual(answerOf(direct).embeds);
    expect(buttonsOf(answer).has('More passages')).toBe(true);
  });
});

describe('/quote speaker: without text', () => {
  it('lists the speaker’s quotes five at a time; Next and Previous page them for the one who asked', async () => {
    const [speaker] = engine.speakers('').filter((s) => s.quotes > 5);
    expect(speaker).toBeDefined();
    const all = engine.quote(null, { speaker: speaker!.speaker, limit: 100 }).quotes;
    const record = await fake.answered(fake.command('quote', { speaker: speaker!.speaker }, owner));
    const first = answerOf(record);
    expectWithinDiscordLimits(first);
    expect(first.embeds![0]!.title).toBe(`Quotes — ${speaker!.speaker}`);
    expect(first.embeds![0]!.fields).toHaveLength(5);
    const buttons = buttonsOf(first);
    expect(buttons.get('Previous')!.disabled).toBe(true);
    expect(buttons.get('Next')!.disabled).toBe(false);

    const next = await fake.answered(fake.click(record.message!, buttons.get('Next')!.custom_id, owner));
    expect(next.exchanges[0]!.body.type).toBe(7);
    const second = answerOf(next);
    expectWithinDiscordLimits(second);
    expect(second.embeds![0]!.fields).toHaveLength(Math.min(5, all.length - 5));
    expect(second.embeds![0]!.footer.text).toMatch(/^Quotes 6–/);
    expect(second.embeds![0]!.fields[0].value).toContain(all[5]!.text.slice(0, 20).replace(/\s+/g, ' ').split(' ')[0]);
    expect(buttonsOf(second).get('Previous')!.disabled).toBe(false);

    const stranger_ = await fake.answered(fake.click(record.message!, buttons.get('Next')!.custom_id, stranger));
    expect(answerOf(stranger_).flags).toBe(EPHEMERAL);
  });
});

describe('anywhere: a DM through a user-installed app', () => {
  it('answers /ask with no guild, from `user` rather than `member`, and pages for that user', async () => {
    const record = await fake.answered(fake.command('ask', { question: 'What did Trump offer Mexico?' }, owner, { place: 'user-install-dm' }));
    expect(record.payload).not.toHaveProperty('guild_id');
    expect(record.exchanges.map((e) => e.body.type)).toEqual([4]);
    const answer = answerOf(record);
    expectWithinDiscordLimits(answer);
    const more = await fake.answered(fake.click(record.message!, buttonsOf(answer).get('More passages')!.custom_id, owner));
    expect(more.exchanges[0]!.body.type).toBe(7);
  });
});

describe('/help', () => {
  it('tells privately what each command does', async () => {
    const record = await fake.answered(fake.command('help', {}, owner));
    const help = answerOf(record);
    expectWithinDiscordLimits(help);
    expect(help.flags).toBe(EPHEMERAL);
    const text = String(help.embeds![0]!.description);
    for (const name of ['/ask', '/quote', '/sources', '/help', 'Ask storybot']) expect(text).toContain(`**${name}`);
    expect(text).toContain('`question:` [`private:`]');
  });
});
