import { setTimeout as delay } from 'node:timers/promises';
import { ApplicationCommandType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import type { CommandModule } from '../../src/transport/interaction.js';
import { answerDirectly } from './direct.js';
import { startEndpoint, type Endpoint } from './harness.js';
import { APPLICATION_ID, autocompleteInteraction, buttonInteraction, commandInteraction, newUserId } from './payloads.js';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const EPHEMERAL = 64;
const BUDGET_MS = 50;
const SLOW_MS = 200;

// The real /ask module, made slower than the time budget: the endpoint must defer (privately), then answer.
const slowAsk: CommandModule = {
  ...ask,
  async execute(interaction, deps) {
    await delay(SLOW_MS);
    await ask.execute(interaction, deps);
  },
  async button(interaction, deps) {
    await delay(SLOW_MS);
    await ask.button!(interaction, deps);
  },
};
const failsLate: CommandModule = {
  data: { name: 'fails', type: ApplicationCommandType.ChatInput, description: 'fails after the budget' },
  async execute() {
    await delay(SLOW_MS);
    throw new Error('the index went away');
  },
};
const neverAnswers: CommandModule = {
  data: { name: 'silent', type: ApplicationCommandType.ChatInput, description: 'returns without answering' },
  async execute() {},
  async autocomplete() {
    await delay(SLOW_MS);
  },
};

const original = (token: string): string => `/api/v10/webhooks/${APPLICATION_ID}/${token}/messages/@original`;

describe('HTTP interactions: slow work is deferred within the time budget', () => {
  let endpoint: Endpoint;
  const start = async (): Promise<Endpoint> =>
    (endpoint = await startEndpoint({ commands: [slowAsk, failsLate, neverAnswers], answerWithinMs: BUDGET_MS, now: () => NOW }));
  afterEach(() => endpoint?.close());

  it('defers a slow /ask privately (type 5, ephemeral), then posts the public answer as a follow-up and removes the placeholder', async () => {
    await start();
    const user = newUserId();
    const interaction = commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }], user);
    const reply = await endpoint.post(interaction);
    const answeredAt = Date.now();
    expect(reply.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await endpoint.discord.waitForCalls(3);
    const [resolve, post, remove] = endpoint.discord.calls;
    // The private "thinking…" is resolved first: Discord would turn a first follow-up into its edit.
    expect(resolve).toMatchObject({ method: 'PATCH', path: original(interaction.token) });
    expect(resolve!.at).toBeGreaterThanOrEqual(answeredAt);
    expect(post).toMatchObject({ method: 'POST', path: `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token}` });
    const [expected] = await answerDirectly(ask, { userId: user, options: { question: 'What did Trump offer Mexico?' }, now: NOW });
    expect(post!.body).toEqual(expected);
    expect(remove).toMatchObject({ method: 'DELETE', path: original(interaction.token) });
  });

  it('a slow private /ask replaces the private placeholder: one PATCH, nothing public', async () => {
    await start();
    const user = newUserId();
    const options = [{ name: 'question', value: 'What did Trump offer Mexico?' }, { name: 'private', value: true }];
    const reply = await endpoint.post(commandInteraction('ask', options, user));
    expect(reply.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await endpoint.discord.waitForCalls(1);
    await delay(50);
    expect(endpoint.discord.calls.map((c) => c.method)).toEqual(['PATCH']);
    const [expected] = await answerDirectly(ask, { userId: user, options: { question: 'What did Trump offer Mexico?', private: true }, now: NOW });
    const { flags: _fixedAtDeferral, ...edit } = expected!;
    expect(endpoint.discord.calls[0]!.body).toEqual(edit);
  });

  it('a slow /ask that finds nothing never posts a public message', async () => {
    await start();
    const reply = await endpoint.post(commandInteraction('ask', [{ name: 'question', value: 'zxqv wplk' }]));
    expect(reply.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await endpoint.discord.waitForCalls(1);
    await delay(50);
    expect(endpoint.discord.calls.map((c) => c.method)).toEqual(['PATCH']);
    expect((endpoint.discord.calls[0]!.body as { content: string }).content).toContain('/sources');
  });

  it('retries the PATCH after a 429, waiting as long as retry-after says', async () => {
    await start();
    endpoint.discord.reply({ status: 429, headers: { 'retry-after': '0.3' }, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false } });
    const interaction = commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }]);
    expect((await endpoint.post(interaction)).json.type).toBe(5);
    await endpoint.discord.waitForCalls(2);
    const [limited, retried] = endpoint.discord.calls;
    expect(retried).toMatchObject({ method: 'PATCH', path: original(interaction.token) });
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(290);
    expect(retried!.body).toEqual(limited!.body);
  });

  it('defers a slow button click as a message update (type 6), then PATCHes the message', async () => {
    await start();
    const user = newUserId();
    const [first] = await answerDirectly(ask, { userId: user, options: { question: 'What did Trump offer Mexico?' }, now: NOW });
    const row = first!.components![0] as { components: Array<{ label?: string; custom_id: string }> };
    const more = row.components.find((button) => button.label === 'More passages')!;
    const click = buttonInteraction(more.custom_id, { embeds: first!.embeds }, user);
    const reply = await endpoint.post(click);
    expect(reply.json).toEqual({ type: 6 });
    await endpoint.discord.waitForCalls(1);
    const [patch] = endpoint.discord.calls;
    expect(patch).toMatchObject({ method: 'PATCH', path: original(click.token) });
    expect((patch!.body as { embeds: Array<{ title: string }> }).embeds[0]!.title).toBe(first!.embeds![0]!.title);
  });

  it('tells the user privately when a deferred command fails: the private "thinking…" becomes the apology', async () => {
    await start();
    const interaction = commandInteraction('fails');
    expect((await endpoint.post(interaction)).json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await endpoint.discord.waitForCalls(1);
    const [apology] = endpoint.discord.calls;
    expect(apology).toMatchObject({ method: 'PATCH', path: original(interaction.token) });
    expect((apology!.body as { content: string }).content).toMatch(/Something went wrong/);
    expect(endpoint.logs().some((line) => line.msg === 'interaction failed' && line.interaction === interaction.id)).toBe(true);
  });

  it('never leaves Discord waiting: a handler that does not answer gets an ephemeral apology, slow autocomplete gets no choices', async () => {
    await start();
    const silent = await endpoint.post(commandInteraction('silent'));
    expect(silent.json.type).toBe(4);
    expect(silent.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const choices = await endpoint.post(autocompleteInteraction('silent', [{ name: 'x', value: 'a', focused: true }]));
    expect(choices.json).toEqual({ type: 8, data: { choices: [] } });
  });

  it('never logs an interaction token, not even in webhook calls', async () => {
    await start();
    const interaction = commandInteraction('fails');
    await endpoint.post(interaction);
    await endpoint.discord.waitForCalls(1);
    await delay(20);
    expect(endpoint.rawLogs()).not.toContain(interaction.token);
  });
});
