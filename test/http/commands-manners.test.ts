import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMessage } from '../../commands/ask-message.js';
import { commands } from '../../commands/index.js';
import { quote } from '../../commands/quote.js';
import { answerDirectly } from './direct.js';
import { seedEngine, startEndpoint, type Endpoint } from './harness.js';
import { buttonInteraction, commandInteraction, messageCommandInteraction, newUserId } from './payloads.js';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const EPHEMERAL = 64;
type Button = { label: string; custom_id: string; disabled?: boolean; style: number; url?: string };
const buttons = (data: { components?: Array<{ components: Button[] }> }): Button[] => (data.components ?? []).flatMap((row) => row.components);

// The same command modules over the signed HTTP endpoint: the same answers as over the gateway.
describe('HTTP interactions: Discord manners', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ now: () => NOW });
  });
  afterAll(() => endpoint.close());

  it('"Ask storybot" on a message answers inline what the module renders for the message’s words', async () => {
    const user = newUserId();
    const target = { id: '600000000000000001', content: '<@123456789012345678> What did Trump offer Mexico? 🤔 https://example.com/x', embeds: [] };
    const reply = await endpoint.post(messageCommandInteraction('Ask storybot', target, user));
    expect(reply.json.type).toBe(4);
    const [expected] = await answerDirectly(askMessage, { userId: user, now: NOW, targetMessage: target });
    expect(reply.json.data).toEqual(expected);
    expect(reply.json.data.embeds[0].title).toBe('What did Trump offer Mexico?');
  });

  it('"Ask storybot" on a message without words: an ephemeral notice, inline', async () => {
    const reply = await endpoint.post(messageCommandInteraction('Ask storybot', { content: '<@123456789012345678> 🎉' }));
    expect(reply.json.type).toBe(4);
    expect(reply.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('/ask carries link buttons to the articles and 👍/👎, which log the vote and thank privately', async () => {
    const question = 'What did Trump offer Mexico?';
    const user = newUserId();
    const first = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: question }], user));
    const all = buttons(first.json.data);
    expect(all.filter((b) => b.style === 5).length).toBeGreaterThan(0);
    const up = all.find((b) => b.label === '👍')!;
    const voter = newUserId();
    const click = await endpoint.post(buttonInteraction(up.custom_id, { id: '700000000000000001', embeds: first.json.data.embeds }, voter));
    expect(click.json.type).toBe(4);
    expect(click.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const answer = (await seedEngine()).ask(question, { limit: 3 }).answer!;
    expect(endpoint.logs().find((line) => line.msg === 'feedback')).toMatchObject({
      question,
      passage: answer.passageId,
      answer: answer.text,
      vote: 'up',
      user: voter,
      message: '700000000000000001',
    });
  });

  it('/quote speaker: alone lists that speaker’s quotes, and Next pages them (type 7)', async () => {
    const [speaker] = (await seedEngine()).speakers('').filter((s) => s.quotes > 5);
    const user = newUserId();
    const reply = await endpoint.post(commandInteraction('quote', [{ name: 'speaker', value: speaker!.speaker }], user));
    expect(reply.json.type).toBe(4);
    const [expected] = await answerDirectly(quote, { userId: user, options: { speaker: speaker!.speaker }, now: NOW });
    expect(reply.json.data).toEqual(expected);
    const next = buttons(reply.json.data).find((b) => b.label === 'Next')!;
    const page = await endpoint.post(buttonInteraction(next.custom_id, { embeds: reply.json.data.embeds }, user));
    expect(page.json.type).toBe(7);
    expect(page.json.data.embeds[0].footer.text).toMatch(/^Quotes 6–/);
  });

  it('answers in a DM through a user-installed app: no guild, the user in `user`', async () => {
    const user = newUserId();
    const { member: _member, guild_id: _guild, ...dm } = commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }], user);
    const reply = await endpoint.post({ ...dm, user: { id: user, username: 'someone' }, channel: { id: '400000000000000002', type: 1 }, authorizing_integration_owners: { '1': user }, context: 2 });
    expect(reply.json.type).toBe(4);
    const owner = buttons(reply.json.data).find((b) => b.label === 'More passages')!.custom_id.split(':')[2];
    expect(owner).toBe(user);
  });

  it('/help answers inline and privately, listing every command', async () => {
    const reply = await endpoint.post(commandInteraction('help'));
    expect(reply.json.type).toBe(4);
    expect(reply.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    for (const { data } of commands) expect(reply.json.data.embeds[0].description).toContain(data.name);
  });
});
