import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/answer/open.js';
import { parseConfig } from '../../src/config.js';
import { startBot, type Bot } from '../../src/transport/gateway/bot.js';
import { FAKE_TOKEN, FakeDiscord, type InteractionRecord } from '../fake-discord/server.js';
import { snowflake } from '../fake-discord/payloads.js';
import { buttonsOf, memoryLogger } from './harness.js';

type Json = Record<string, any>;
const answerOf = (record: InteractionRecord): Json => {
  const last = record.exchanges.filter((e) => e.kind !== 'delete').at(-1)!;
  return (last.kind === 'callback' ? last.body.data : last.body) as Json;
};

/** Two outlets on a bridge closure, one with more passages than a page holds, on different days. */
function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-ask-filters-'));
  const article = (name: string, outlet: string, date: string, paragraphs: string[]) => {
    writeFileSync(join(dir, `${name}.txt`), `${paragraphs.join('\n\n')}\n`);
    writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ outlet, title: `${outlet} on the river bridge`, date }));
  };
  article('courier', 'Valley Courier', '2025-03-03', [
    'The river bridge was closed on Monday after inspectors found cracks in a pier below the road.',
    'Engineers said the river bridge pier had shifted since the spring floods last year.',
    'Traffic from the river bridge was sent through the old town centre for the week.',
    'Shops near the river bridge said trade fell sharply while the crossing stayed shut.',
    'The council said the river bridge would reopen once divers finish checking the pier.',
  ]);
  article('herald', 'County Herald', '2025-03-04', ['Officials said the river bridge was closed because a barge struck the pier during the storm.']);
  return dir;
}

let fake: FakeDiscord;
let bot: Bot;
const user = snowflake();

beforeAll(async () => {
  const dir = writeCorpus();
  const log = memoryLogger();
  const { engine } = await openEngine(parseConfig({ CORPUS_DIR: dir, SNAPSHOT_PATH: join(dir, '.none') }), log.logger);
  fake = await new FakeDiscord().listen();
  bot = await startBot({ token: FAKE_TOKEN, apiBase: fake.apiBase, cooldownSeconds: 0, engine, logger: log.logger });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const QUESTION = 'Why was the river bridge closed?';
const citedOutlets = (payload: Json) => new Set([...String(payload.embeds[0].fields[0].value).matchAll(/(Valley Courier|County Herald)/g)].map((m) => m[1]));

describe('/ask outlet, since and until over the gateway', () => {
  it('answers from the chosen outlet only, says so, and keeps the filter on the next page', async () => {
    expect(citedOutlets(answerOf(await fake.answered(fake.command('ask', { question: QUESTION }, user))))).toEqual(new Set(['Valley Courier', 'County Herald']));
    const asked = await fake.answered(fake.command('ask', { question: QUESTION, outlet: 'Valley Courier' }, user));
    const first = answerOf(asked);
    expect(citedOutlets(first)).toEqual(new Set(['Valley Courier']));
    expect(first.embeds[0].fields.find((f: Json) => f.name === 'Only').value).toBe('Outlet: Valley Courier');
    const more = buttonsOf(first).get('More passages')!;
    expect(more.disabled).toBeFalsy();
    const next = answerOf(await fake.answered(fake.click(asked.message!, more.custom_id, user)));
    expect(citedOutlets(next)).toEqual(new Set(['Valley Courier']));
    expect(next.embeds[0].footer.text).toMatch(/^Passages 4–5 of 5/);
  });

  it('filters by date, and refuses a date that is not YYYY-MM-DD with a private notice', async () => {
    const herald = answerOf(await fake.answered(fake.command('ask', { question: QUESTION, since: '2025-03-04' }, user)));
    expect(citedOutlets(herald)).toEqual(new Set(['County Herald']));
    const refused = answerOf(await fake.answered(fake.command('ask', { question: QUESTION, until: '04/03/2025' }, user)));
    expect(refused.flags).toBe(64);
    expect(refused.content).toMatch(/until must be a date as YYYY-MM-DD/);
  });

  it('suggests the corpus outlets as the user types', async () => {
    const record = await fake.answered(fake.autocomplete('ask', { question: QUESTION, outlet: 'her' }, 'outlet', user));
    expect(record.exchanges[0]!.body.data!.choices).toEqual([{ name: 'County Herald (1)', value: 'County Herald' }]);
  });
});
