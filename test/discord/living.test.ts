import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, FakeDiscord } from '../fake-discord/server.js';
import { snowflake } from '../fake-discord/payloads.js';
import { corpusCopy, dropArticle, lighthouseArticle, spawnStorybot, within } from '../corpus/living-fixture.js';

/** A bound for a stuck watch, not a speed test. */
const WAIT = 15_000;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().listen();
});
afterAll(async () => {
  await fake?.close();
});

describe('storybot start with a changing corpus folder', () => {
  it('answers /ask and /sources from a file dropped, edited and deleted while it runs', async () => {
    const { corpusDir, snapshotPath } = corpusCopy();
    const bot = spawnStorybot(['start'], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: corpusDir, SNAPSHOT_PATH: snapshotPath });
    try {
      await within(WAIT * 2, () => bot.stderr().includes('"logged in to Discord"'), 'the bot logs in');
      const user = snowflake();
      /** The bot's whole answer to a command, as JSON text. */
      const answer = async (name: string, options: Record<string, string>) => JSON.stringify((await fake.answered(fake.command(name, options, user))).exchanges);
      const ask = () => answer('ask', { question: 'Who is the lighthouse keeper?' });

      expect(await ask()).not.toContain('Maren Okafor');
      dropArticle(corpusDir, 'harbour', lighthouseArticle('Maren Okafor'), { outlet: 'Harbour Gazette', title: 'Lighthouse to shine again', date: '2025-06-03' });
      await within(WAIT, () => bot.stderr().includes('"added":["harbour"]'), 'the change is taken');
      expect(await ask()).toContain('Maren Okafor');
      expect(await answer('sources', {})).toContain('Harbour Gazette');

      writeFileSync(join(corpusDir, 'harbour.txt'), lighthouseArticle('Tobias Lind'));
      await within(WAIT, async () => (await ask()).includes('Tobias Lind'), 'the edit answers');

      rmSync(join(corpusDir, 'harbour.txt'));
      await within(WAIT, () => bot.stderr().includes('"removed":["harbour"]'), 'the removal is taken');
      const after = await ask();
      expect(after).not.toContain('Tobias Lind');
      expect(await answer('sources', {})).not.toContain('Harbour Gazette');
      // The sidecar left alone is reported, once.
      expect(bot.lines().filter((line) => line.code === 'orphan-metadata')).toHaveLength(1);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exit).toBe(0);
  }, 120_000);
});
