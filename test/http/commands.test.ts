import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import { quote } from '../../commands/quote.js';
import { sources } from '../../commands/sources.js';
import { answerDirectly, choicesDirectly } from './direct.js';
import { startEndpoint, type Endpoint } from './harness.js';
import { APPLICATION_ID, autocompleteInteraction, buttonInteraction, commandInteraction, newUserId } from './payloads.js';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const EPHEMERAL = 64;

// Every command through the signed HTTP endpoint answers exactly what the command module renders.
describe('HTTP interactions: commands, autocomplete and buttons', () => {
  let endpoint: Endpoint;
  let clock = NOW;
  beforeAll(async () => {
    endpoint = await startEndpoint({ now: () => clock });
  });
  afterAll(() => endpoint.close());

  it('answers /ask inline (type 4) with the rendered answer, citations and buttons, mentions disabled', async () => {
    const user = newUserId();
    const question = 'What did Trump offer Mexico?';
    const reply = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: question }], user));
    expect(reply.status).toBe(200);
    expect(reply.json.type).toBe(4);
    const [expected] = await answerDirectly(ask, { userId: user, options: { question }, now: NOW });
    expect(reply.json.data).toEqual(expected);
    const data = reply.json.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds[0].description).toMatch(/\*\*\[1\]\*\*/);
    const buttons = data.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(buttons.every((id: string) => id.startsWith('ask:') && id.length <= 100)).toBe(true);
    expect(endpoint.discord.calls).toHaveLength(0);
  });

  it('answers /ask private:true inline and ephemeral, though the handler asked to defer', async () => {
    const reply = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }, { name: 'private', value: true }]));
    expect(reply.json.type).toBe(4);
    expect(reply.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('answers /ask that finds nothing with a short ephemeral message pointing at /sources', async () => {
    const reply = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: 'zxqv wplk' }]));
    expect(reply.json.type).toBe(4);
    expect(reply.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.json.data.content).toContain('/sources');
  });

  it('answers /quote with the rendered quotes', async () => {
    const user = newUserId();
    const reply = await endpoint.post(commandInteraction('quote', [{ name: 'text', value: 'sovereignty' }], user));
    expect(reply.json.type).toBe(4);
    const [expected] = await answerDirectly(quote, { userId: user, options: { text: 'sovereignty' }, now: NOW });
    expect(reply.json.data).toEqual(expected);
    expect(reply.json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers /sources, with and without about:', async () => {
    for (const options of [{}, { about: 'troops' }] as Array<Record<string, string>>) {
      const user = newUserId();
      const reply = await endpoint.post(commandInteraction('sources', Object.entries(options).map(([name, value]) => ({ name, value })), user));
      expect(reply.json.type).toBe(4);
      const [expected] = await answerDirectly(sources, { userId: user, options, now: NOW });
      expect(reply.json.data).toEqual(expected);
      expect(reply.json.data.embeds.length).toBeGreaterThan(0);
    }
  });

  it('answers speaker autocomplete with type 8 and the same choices, at most 25', async () => {
    for (const value of ['', 'sh']) {
      const reply = await endpoint.post(autocompleteInteraction('quote', [{ name: 'text', value: 'x' }, { name: 'speaker', value, focused: true }]));
      expect(reply.json.type).toBe(8);
      expect(reply.json.data.choices).toEqual(await choicesDirectly(quote, { name: 'speaker', value }));
      expect(reply.json.data.choices.length).toBeLessThanOrEqual(25);
    }
  });

  it('pages with "More passages" (type 7 update) for the asker, refuses others privately', async () => {
    const user = newUserId();
    const first = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }], user));
    const more = first.json.data.components[0].components.find((b: { label: string }) => b.label === 'More passages');
    expect(more.disabled).toBe(false);
    const message = { embeds: first.json.data.embeds, components: first.json.data.components };

    const page = await endpoint.post(buttonInteraction(more.custom_id, message, user));
    expect(page.json.type).toBe(7);
    expect(page.json.data.embeds[0].footer.text).not.toBe(first.json.data.embeds[0].footer.text);
    expect(page.json.data.embeds[0].title).toBe(first.json.data.embeds[0].title);

    const stranger = await endpoint.post(buttonInteraction(more.custom_id, message, newUserId()));
    expect(stranger.json.type).toBe(4);
    expect(stranger.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('expires old buttons: removes them inline (type 7), then says so in an ephemeral follow-up', async () => {
    const user = newUserId();
    const first = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }], user));
    const more = first.json.data.components[0].components.find((b: { label: string }) => b.label === 'More passages');
    clock = NOW + 16 * 60 * 1000;
    try {
      const click = buttonInteraction(more.custom_id, { embeds: first.json.data.embeds }, user);
      const reply = await endpoint.post(click);
      expect(reply.json).toMatchObject({ type: 7, data: { components: [] } });
      await endpoint.discord.waitForCalls(1);
      const [followUp] = endpoint.discord.calls.splice(0);
      expect(followUp).toMatchObject({ method: 'POST', path: `/api/v10/webhooks/${APPLICATION_ID}/${click.token}` });
      expect((followUp!.body as { flags: number }).flags & EPHEMERAL).toBe(EPHEMERAL);
    } finally {
      clock = NOW;
    }
  });

  it('answers an unknown command with an ephemeral notice rather than silence', async () => {
    const reply = await endpoint.post(commandInteraction('nonesuch'));
    expect(reply.json.type).toBe(4);
    expect(reply.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });
});
