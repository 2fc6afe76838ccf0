// `npm run picture`: docs/ask-reply.png, the reply /ask posts for a question about the bundled corpus, rendered
// by the real Discord renderer, laid out as Discord shows it (scripts/picture/discord-html.ts) and
// screenshotted by headless Chromium (Debian: apt-get install chromium fonts-noto-color-emoji; another binary: CHROMIUM=path).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceTable } from '../commands/shared.js';
import { openEngine } from '../src/answer/open.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { ASK_PAGE_SIZE, renderAsk } from '../src/render/discord/ask.js';
import { messageHtml } from './picture/discord-html.js';

const QUESTION = 'How long was the phone call?';
const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'docs/ask-reply.png');
const WIDTH = 800;

const config = parseConfig({ CORPUS_DIR: join(ROOT, 'corpus'), SNAPSHOT_PATH: join(tmpdir(), 'storybot-picture-no-snapshot') });
const { engine } = await openEngine(config, createLogger('warn'));
const payload = renderAsk(engine.ask(QUESTION, { limit: ASK_PAGE_SIZE }), 0, { ownerId: '1', now: Date.now(), ephemeral: false, sources: sourceTable(engine) });
const html = messageHtml(payload, { user: 'reader', bot: 'storybot', command: 'ask', time: 'Today at 09:41' });

const work = mkdtempSync(join(tmpdir(), 'storybot-picture-'));
try {
  const page = join(work, 'reply.html');
  writeFileSync(page, html);
  const chromium = (args: string[]) =>
    execFileSync(
      process.env.CHROMIUM ?? 'chromium',
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`, '--hide-scrollbars', ...args, pathToFileURL(page).href],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 << 20 },
    );
  // First the page's height (its script records it in the DOM), then a screenshot of exactly that.
  const height = Number(/data-height="(\d+)"/.exec(chromium([`--window-size=${WIDTH},2000`, '--dump-dom']))?.[1]);
  if (!(height > 0)) throw new Error('could not measure the rendered reply');
  chromium([`--window-size=${WIDTH},${height}`, '--force-device-scale-factor=1', `--screenshot=${OUTPUT}`]);
  process.stdout.write(`wrote ${OUTPUT} (${WIDTH}×${height}): /ask ${QUESTION}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
