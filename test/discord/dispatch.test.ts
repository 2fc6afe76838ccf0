import { describe, expect, it } from 'vitest';
import type { Engine, SourcesResult } from '../../src/answer/types.js';
import { BUTTON_LIFETIME_MS } from '../../src/render/discord/buttons.js';
import { createDispatcher } from '../../src/transport/dispatch.js';
import type { CommandModule, MessagePayload } from '../../src/transport/interaction.js';
import { commands } from '../../commands/index.js';
import { bundledEngine, buttonsOf, logLine, memoryLogger } from './harness.js';
import { autocompleteInteraction, buttonInteraction, commandInteraction, type Call } from './neutral.js';

const EPHEMERAL = 64;
const ALICE = '111111111111111111';
const BOB = '222222222222222222';

function setup(options: { cooldownSeconds?: number; modules?: readonly CommandModule[]; engine?: Engine } = {}) {
  const log = memoryLogger();
  const clock = { now: Date.UTC(2025, 4, 4) };
  const engine = options.engine ?? ({} as Engine);
  const dispatcher = createDispatcher({
    commands: options.modules ?? commands,
    deps: { engine, logger: log.logger, now: () => clock.now },
    cooldownSeconds: options.cooldownSeconds ?? 0,
  });
  return { dispatcher, log, clock };
}

const payloadOf = (call: Call | undefined): MessagePayload => (call as { payload: MessagePayload }).payload;

function module(execute: CommandModule['execute']): CommandModule {
  return { data: { name: 'boom', description: 'test' }, execute };
}

describe('dispatcher', () => {
  it('routes a command to its module and logs one line with command, outcome and ms', async () => {
    const { dispatcher, log } = setup({ modules: [module(async (i) => i.reply({ content: 'ok' }))] });
    const interaction = commandInteraction('boom', {}, ALICE);
    expect(await dispatcher.command(interaction)).toBe('ok');
    expect(interaction.calls).toEqual([{ method: 'reply', payload: { content: 'ok' } }]);
    const lines = log.lines.filter((l) => l.msg === 'interaction');
    expect(lines).toEqual([expect.objectContaining({ interaction: interaction.id, kind: 'command', command: 'boom', outcome: 'ok', ms: expect.any(Number) })]);
  });

  it('answers a second command within the cooldown with a friendly ephemeral message', async () => {
    const { dispatcher, clock } = setup({ cooldownSeconds: 5, modules: [module(async (i) => i.reply({ content: 'ok' }))] });
    expect(await dispatcher.command(commandInteraction('boom', {}, ALICE))).toBe('ok');
    clock.now += 2000;
    const again = commandInteraction('boom', {}, ALICE);
    expect(await dispatcher.command(again)).toBe('cooldown');
    expect(payloadOf(again.calls[0])).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/3 seconds/), allowed_mentions: { parse: [] } });
    // Someone else is not held up, and Alice may go on once the cooldown is over.
    expect(await dispatcher.command(commandInteraction('boom', {}, BOB))).toBe('ok');
    clock.now += 3000;
    expect(await dispatcher.command(commandInteraction('boom', {}, ALICE))).toBe('ok');
  });

  it('any other failure: the user gets an ephemeral "something went wrong", the log an error line with the interaction id', async () => {
    const { dispatcher, log } = setup({ modules: [module(async () => { throw new Error('engine exploded'); })] });
    const interaction = commandInteraction('boom', {}, ALICE);
    expect(await dispatcher.command(interaction)).toBe('error');
    expect(payloadOf(interaction.calls[0])).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/Something went wrong/) });
    const error = await logLine(log, (l) => l.level === 50);
    expect(error).toMatchObject({ interaction: interaction.id, command: 'boom', err: expect.objectContaining({ message: 'engine exploded' }) });
  });

  it.each([
    [10062, 'interaction-expired'],
    [40060, 'already-acknowledged'],
  ])('Discord error %i is logged and survived, without a second reply', async (code, outcome) => {
    const { dispatcher, log } = setup({ modules: [module(async (i) => i.reply({ content: 'late' }))] });
    const gone = Object.assign(new Error('Unknown interaction'), { code });
    const interaction = commandInteraction('boom', {}, ALICE, () => gone);
    expect(await dispatcher.command(interaction)).toBe(outcome);
    expect(log.lines.some((l) => l.level === 40 && l.interaction === interaction.id && l.code === code)).toBe(true);
    expect(log.lines.some((l) => l.level >= 50)).toBe(false);
  });

  it('an unknown command gets a notice; drain waits for answers in flight', async () => {
    let release!: () => void;
    const slow = module(async (i) => {
      await new Promise<void>((resolve) => (release = resolve));
      await i.reply({ content: 'done' });
    });
    const { dispatcher } = setup({ modules: [slow] });
    const unknown = commandInteraction('nope', {}, ALICE);
    expect(await dispatcher.command(unknown)).toBe('unknown-command');
    const pending = commandInteraction('boom', {}, ALICE);
    void dispatcher.command(pending);
    const drained = dispatcher.drain();
    release();
    await drained;
    expect(pending.calls).toHaveLength(1);
  });
});

describe('commands over the neutral interface', () => {
  it('/quote autocomplete answers from engine.speakers(prefix)', async () => {
    const engine = { speakers: (prefix = '') => [{ speaker: `${prefix}son`, role: null, quotes: 2 }] } as unknown as Engine;
    const { dispatcher } = setup({ engine });
    const interaction = autocompleteInteraction('quote', { name: 'speaker', value: 'Jack' }, ALICE);
    await dispatcher.autocomplete(interaction);
    expect(interaction.calls).toEqual([{ method: 'respond', choices: [{ name: 'Jackson — 2 quotes', value: 'Jackson' }] }]);
  });

  it('/sources pages with buttons: the owner pages in place, others are told, expired buttons go', async () => {
    const sources = Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, outlet: `Outlet ${i}`, title: `Title ${i}`, date: null, url: null, paragraphs: 3, words: 100, mentions: 1 }));
    const engine = { sources: (about?: string): SourcesResult => ({ about: about ?? null, sources }) } as unknown as Engine;
    const { dispatcher, clock } = setup({ engine });
    const run = commandInteraction('sources', { about: 'cartels' }, ALICE);
    await dispatcher.command(run);
    const first = payloadOf(run.calls[0]);
    expect(first.embeds![0]!.description!.split('\n')).toHaveLength(10);
    const next = buttonsOf(first as Record<string, unknown>).get('Next')!.custom_id;

    const stranger = buttonInteraction(next, first, BOB);
    await dispatcher.button(stranger);
    expect(stranger.calls.map((c) => c.method)).toEqual(['reply']);
    expect(payloadOf(stranger.calls[0]).flags).toBe(EPHEMERAL);

    const owner = buttonInteraction(next, first, ALICE);
    await dispatcher.button(owner);
    const second = payloadOf(owner.calls[0]);
    expect(owner.calls[0]!.method).toBe('update');
    expect(second.embeds![0]!.title).toBe('Articles mentioning “cartels”'); // `about` recovered from the message
    expect(second.embeds![0]!.description!.split('\n')).toHaveLength(4);

    clock.now += BUTTON_LIFETIME_MS + 1000;
    const late = buttonInteraction(next, first, ALICE);
    await dispatcher.button(late);
    expect(late.calls.map((c) => c.method)).toEqual(['update', 'reply']);
    expect(payloadOf(late.calls[0]).components).toEqual([]);
    expect(payloadOf(late.calls[1]).content).toMatch(/expired/);
  });

  it('/ask answers with one reply, private when asked privately: acknowledging is the transport\'s business', async () => {
    const engine = await bundledEngine();
    const { dispatcher } = setup({ engine });
    const interaction = commandInteraction('ask', { question: 'What did Trump offer Mexico?', private: true }, ALICE);
    await dispatcher.command(interaction);
    expect(interaction.calls.map((c) => c.method)).toEqual(['reply']);
    expect(payloadOf(interaction.calls[0]).flags).toBe(EPHEMERAL);
  });
});
