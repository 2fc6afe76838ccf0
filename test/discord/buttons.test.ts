/**
 * Paging buttons cannot be forged or moved, and re-ask exactly the question they were made for;
 * invisible bidi and zero-width controls never reach Discord.
 */
import { describe, expect, it } from 'vitest';
import type { AskResult, Engine, PassageHit } from '../../src/answer/types.js';
import { questionOfAskMessage, renderAsk, renderAskNotFound } from '../../src/render/discord/ask.js';
import { BUTTON_LIFETIME_MS, decodeButton, encodeButton, isExpired, useButtonSecret, type ButtonState } from '../../src/render/discord/buttons.js';
import { speakerChoices } from '../../src/render/discord/choices.js';
import { renderSources } from '../../src/render/discord/sources.js';
import { createDispatcher } from '../../src/transport/dispatch.js';
import { commands } from '../../commands/index.js';
import { buttonsOf, memoryLogger } from './harness.js';
import { buttonInteraction, commandInteraction, type Call } from './neutral.js';

const OWNER = '12345678901234567890';
const OTHER = '22222222222222222';
const NOW = Date.UTC(2026, 0, 2, 12);
const state: ButtonState = { command: 'ask', action: 'page', owner: OWNER, value: 3, issuedAt: NOW };
const QUESTION = 'What did the council decide?';

/** Replaces one field of a custom_id, keeping its MAC: what a client could send. */
function edited(customId: string, field: number, value: string): string {
  const parts = customId.split(':');
  parts[field] = value;
  return parts.join(':');
}

describe('custom_id authentication', () => {
  it('decodes its own custom_id for the same message text', () => {
    expect(decodeButton(encodeButton(state, QUESTION), QUESTION)).toEqual(state);
  });

  it.each([
    ['another owner', 2, OTHER],
    ['a negative offset', 3, '-5'],
    ['another offset', 3, 'z'],
    ['a far-future issue time', 4, (Math.floor(NOW / 1000) + 10 * 365 * 86_400).toString(36)],
    ['another action', 1, 'sources'],
  ])('refuses %s edited into the custom_id', (_, field, value) => {
    expect(decodeButton(edited(encodeButton(state, QUESTION), field as number, value as string), QUESTION)).toBeNull();
  });

  it('refuses a button moved to a message with another question, and the old unsigned format', () => {
    expect(decodeButton(encodeButton(state, QUESTION), 'What did the mayor decide?')).toBeNull();
    expect(decodeButton(`ask:page:${OWNER}:3:${Math.floor(NOW / 1000).toString(36)}`, QUESTION)).toBeNull();
  });

  it('bounds the state: no negative or huge offset is made, a future issue time counts as expired', () => {
    expect(() => encodeButton({ ...state, value: -5 }, QUESTION)).toThrow(/range/);
    expect(() => encodeButton({ ...state, value: 10 ** 9 }, QUESTION)).toThrow(/range/);
    expect(isExpired({ ...state, issuedAt: NOW + 10 * 60_000 }, NOW)).toBe(true);
    expect(isExpired({ ...state, issuedAt: NOW - BUTTON_LIFETIME_MS - 1000 }, NOW)).toBe(true);
    expect(isExpired(state, NOW + 1000)).toBe(false);
  });

  it('replicas keyed from the same bot secret agree; another secret does not', () => {
    useButtonSecret('replica.shared.secret');
    const id = encodeButton(state, QUESTION);
    useButtonSecret('replica.shared.secret'); // a second process deriving its key from the same token
    expect(decodeButton(id, QUESTION)).toEqual(state);
    useButtonSecret('another.bot.token');
    expect(decodeButton(id, QUESTION)).toBeNull();
  });
});

function hit(n: number): PassageHit {
  return { id: `s${n}#1`, sourceId: `s${n}`, outlet: `Outlet ${n}`, title: 'Headline', date: null, url: null, paragraph: 1, text: `The council decided on item ${n}.`, score: 1, alsoIn: [], highlights: [] };
}

/** An engine that answers any question with `total` passages and records what it was asked. */
function recordingEngine(total: number) {
  const asked: Array<{ question: string; offset: number }> = [];
  const engine = {
    ask(question: string, options: { limit?: number; offset?: number } = {}): AskResult {
      const offset = options.offset ?? 0;
      asked.push({ question, offset });
      const passages = Array.from({ length: Math.max(0, Math.min(options.limit ?? 3, total - offset)) }, (_, i) => hit(offset + i + 1));
      return { query: question, answered: passages.length > 0, answer: null, passages, total } as AskResult;
    },
    sources: () => ({ about: null, sources: [] }),
  } as unknown as Engine;
  return { engine, asked };
}

const payloadOf = (call: Call | undefined) => (call as { payload: Record<string, any> }).payload;

/** /ask run through the real dispatcher and command over an engine with 9 passages: the answer and what was asked. */
async function askedBy(userId: string, question: string) {
  const { engine, asked } = recordingEngine(9);
  const dispatcher = createDispatcher({ commands, deps: { engine, logger: memoryLogger().logger, now: () => NOW }, cooldownSeconds: 0 });
  const command = commandInteraction('ask', { question }, userId);
  await dispatcher.command(command);
  return { dispatcher, asked, first: payloadOf(command.calls.at(-1)) };
}

describe('the question a page button re-asks', () => {
  // Long and full of markdown: escaped, it is far over the title's 256 characters.
  const long = `${'*_~`|[x](y) <@1> '.repeat(10)}why did the council decide?`.slice(0, 200);

  it('is recovered exactly from the message, even when the title had to be cut', () => {
    const { engine } = recordingEngine(9);
    const payload = renderAsk(engine.ask(long, { limit: 3 }), 0, { ownerId: OWNER, now: NOW, ephemeral: false, sources: new Map() });
    expect(payload.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
    expect(questionOfAskMessage(payload as { embeds: Array<{ title?: string }> })).toBe(long);
    expect(decodeButton(buttonsOf(payload as Record<string, unknown>).get('More passages')!.custom_id, long)).not.toBeNull();
  });

  it('page 2 answers the same question as page 1', async () => {
    const { dispatcher, asked, first } = await askedBy(OWNER, long);
    const click = buttonInteraction(buttonsOf(first).get('More passages')!.custom_id, first, OWNER);
    await dispatcher.button(click);
    expect(click.calls.map((c) => c.method)).toEqual(['update']);
    expect(asked.map((a) => a.question)).toEqual([long, long]);
    expect(asked[1]!.offset).toBe(3);
    expect(payloadOf(click.calls[0]).embeds[0].footer.text).toMatch(/^Passages 4–6 of 9/);
  });

  it('a forged owner pages nothing: the click is refused privately', async () => {
    const { dispatcher, asked, first } = await askedBy(OWNER, QUESTION);
    const forged = edited(buttonsOf(first).get('More passages')!.custom_id, 2, OTHER);
    const click = buttonInteraction(forged, first, OTHER);
    await dispatcher.button(click);
    expect(click.calls.map((c) => c.method)).toEqual(['reply']);
    expect(payloadOf(click.calls[0]).content).toMatch(/not recognised/);
    expect(asked).toHaveLength(1);
  });
});

describe('invisible controls', () => {
  const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
  const hostile = 'Who \u202Eredaeh\u202C won\u200B the \u2066vote\u2069\uFEFF\u061C\u200F?';

  it('are removed from the /ask title, the not-found notice and the question the buttons carry', () => {
    const { engine } = recordingEngine(5);
    const payload = renderAsk(engine.ask(hostile, { limit: 3 }), 0, { ownerId: OWNER, now: NOW, ephemeral: false, sources: new Map() });
    expect(payload.embeds![0]!.title).toBe('Who redaeh won the vote?');
    expect(questionOfAskMessage(payload as { embeds: Array<{ title?: string }> })).toBe('Who redaeh won the vote?');
    expect(renderAskNotFound(hostile).content).not.toMatch(CONTROLS);
  });

  it('are removed from /sources titles and autocomplete choices', () => {
    const sources = renderSources({ about: 'vo\u202Ete', sources: [] }, 0, { ownerId: OWNER, now: NOW, ephemeral: false });
    expect(sources.content).not.toMatch(CONTROLS);
    const choices = speakerChoices([{ speaker: 'Ana\u200B', role: 'mayor\u202E', quotes: 1 }]);
    expect(choices[0]!.name).not.toMatch(CONTROLS);
  });
});
