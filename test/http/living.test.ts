import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCopy, dropArticle, lighthouseArticle, spawnStorybot, within } from '../corpus/living-fixture.js';
import { startFakeWebhook } from './fake-webhook.js';
import { send } from './harness.js';
import { APPLICATION_ID, commandInteraction } from './payloads.js';
import { createSigner } from './signing.js';

/** A bound for a stuck watch, not a speed test. */
const WAIT = 15_000;

describe('storybot serve with a changing corpus folder', () => {
  it('every replica answers from a file dropped, edited and deleted while it runs, no request failing', async () => {
    const { corpusDir, snapshotPath } = corpusCopy();
    const signer = createSigner();
    const discord = await startFakeWebhook();
    const replicas = 2;
    const server = spawnStorybot(['serve', '--workers', String(replicas)], {
      CORPUS_DIR: corpusDir,
      SNAPSHOT_PATH: snapshotPath,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: discord.apiBase,
      PORT: '0',
    });
    try {
      await within(WAIT * 3, () => server.lines().filter((line) => line.msg === 'listening for interactions on POST /interactions').length === replicas, 'the replicas listen');
      const port = Number(server.lines().find((line) => line.port)!.port);
      const statuses: number[] = [];
      const post = async (name: string, options: Array<{ name: string; value: string }>) => {
        const body = JSON.stringify(commandInteraction(name, options));
        const reply = await send(port, 'POST', '/interactions', body, signer.headers(body));
        statuses.push(reply.status);
        return JSON.stringify(reply.json);
      };
      const ask = () => post('ask', [{ name: 'question', value: 'Who is the lighthouse keeper?' }]);
      // Connections are spread over the replicas: several answers in a row must all agree.
      const all = async (check: (text: string) => boolean) => (await Promise.all(Array.from({ length: 6 }, ask))).every(check);

      expect(await all((text) => !text.includes('Maren Okafor'))).toBe(true);
      dropArticle(corpusDir, 'harbour', lighthouseArticle('Maren Okafor'), { outlet: 'Harbour Gazette', title: 'Lighthouse to shine again', date: '2025-06-03' });
      await within(WAIT, () => server.lines().filter((line) => String(line.added) === 'harbour').length === replicas, 'every replica takes the change');
      expect(await all((text) => text.includes('Maren Okafor'))).toBe(true);
      expect(await post('sources', [])).toContain('Harbour Gazette');

      writeFileSync(join(corpusDir, 'harbour.txt'), lighthouseArticle('Tobias Lind'));
      await within(WAIT, () => all((text) => text.includes('Tobias Lind')), 'the edit answers on every replica');

      rmSync(join(corpusDir, 'harbour.txt'));
      rmSync(join(corpusDir, 'harbour.meta.json'));
      await within(WAIT, () => server.lines().filter((line) => String(line.removed) === 'harbour').length === replicas, 'every replica takes the removal');
      expect(await all((text) => !text.includes('Tobias Lind'))).toBe(true);
      expect(statuses.every((status) => status === 200)).toBe(true);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exit).toBe(0);
    await discord.close();
  }, 180_000);
});
