import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { parseConfig } from '../../src/config.js';
import { indexedPassages, PassageIndex } from '../../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot } from '../../src/index/snapshot.js';
import { createLogger } from '../../src/log.js';
import { run as ask } from '../../src/transport/cli/ask.js';
import { CliError } from '../../src/transport/cli/context.js';
import { FILLER, makeCorpus } from '../ask/fixture.js';

/** Three outlets report the same closure on different days; each says something of its own. */
function bridgeCorpus() {
  const corpus = makeCorpus([
    { id: 'valley-1', outlet: 'Valley Courier', paragraphs: ['The river bridge was closed on Monday after inspectors found cracks in a pier.'] },
    { id: 'valley-2', outlet: 'Valley Courier', paragraphs: ['The river bridge stays closed while divers examine the cracked pier below the waterline.'] },
    { id: 'county', outlet: 'County Herald', paragraphs: ['Officials said the river bridge was closed because a barge struck the pier in the storm.'] },
    { id: 'radio', outlet: 'Radio North', paragraphs: ['Drivers were told the river bridge closed and the ferry would carry cars until the repairs end.'] },
    { id: 'filler', paragraphs: FILLER },
  ]);
  const dates: Record<string, string> = { 'valley-1': '2025-03-03', 'valley-2': '2025-03-10', county: '2025-03-04', radio: '2025-03-12' };
  for (const source of corpus.sources) source.date = dates[source.id] ?? null;
  return corpus;
}

const QUESTION = 'Why was the river bridge closed?';
const sourcesOf = (result: { passages: Array<{ sourceId: string }> }) => new Set(result.passages.map((p) => p.sourceId));

describe('/ask filters on outlet and date', () => {
  const corpus = bridgeCorpus();
  const engine = createEngine(corpus);

  it('answers only from the outlet asked for, whatever its case', () => {
    expect(sourcesOf(engine.ask(QUESTION, { limit: 10 })).size).toBe(4);
    expect(sourcesOf(engine.ask(QUESTION, { limit: 10, outlet: 'valley courier' }))).toEqual(new Set(['valley-1', 'valley-2']));
    const herald = engine.ask(QUESTION, { outlet: 'County Herald' });
    expect(herald.answer?.text).toContain('barge struck the pier');
    expect(engine.ask(QUESTION, { outlet: 'No Such Paper' }).answered).toBe(false);
  });

  it('answers only from articles dated within since and until (inclusive); undated ones are left out', () => {
    expect(sourcesOf(engine.ask(QUESTION, { limit: 10, since: '2025-03-04', until: '2025-03-10' }))).toEqual(new Set(['county', 'valley-2']));
    expect(sourcesOf(engine.ask(QUESTION, { limit: 10, since: '2025-03-11' }))).toEqual(new Set(['radio']));
    expect(sourcesOf(engine.ask(QUESTION, { limit: 10, until: '2025-03-03', outlet: 'Valley Courier' }))).toEqual(new Set(['valley-1']));
    expect(() => engine.ask(QUESTION, { since: 'last week' })).toThrow(/since must be a date as YYYY-MM-DD/);
  });

  it('ranks a filtered question as the whole corpus would, only without the other passages', () => {
    const whole = engine.ask(QUESTION, { limit: 10 }).passages.filter((p) => p.outlet === 'Valley Courier');
    const filtered = engine.ask(QUESTION, { limit: 10, outlet: 'Valley Courier' }).passages;
    expect(filtered.map((p) => [p.id, p.score])).toEqual(whole.map((p) => [p.id, p.score]));
  });

  it('filters the same from an index loaded from a snapshot', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storybot-filters-')), 'index.snapshot');
    const passages = indexedPassages(corpus);
    saveSnapshot(path, PassageIndex.build(passages), passages);
    const loaded = loadSnapshot(path, passages);
    if (!('index' in loaded)) throw new Error(loaded.reason);
    const fromSnapshot = createEngine(corpus, { index: loaded.index });
    const options = { limit: 10, outlet: 'Radio North', since: '2025-03-01' };
    expect(fromSnapshot.ask(QUESTION, options)).toEqual(engine.ask(QUESTION, options));
  });

  it('lists the outlets for autocomplete by any word of their name, most articles first', () => {
    expect(engine.outlets().map((o) => [o.outlet, o.articles])).toEqual([['Valley Courier', 2], ['County Herald', 1], ['Radio North', 1]]);
    expect(engine.outlets('no').map((o) => o.outlet)).toEqual(['Radio North']);
    expect(engine.outlets('her').map((o) => o.outlet)).toEqual(['County Herald']);
  });
});

describe('storybot ask --outlet --since --until', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-filters-cli-'));
  const article = (name: string, outlet: string, date: string, text: string) => {
    writeFileSync(join(dir, `${name}.txt`), `${text}\n`);
    writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ outlet, date }));
  };
  article('courier', 'Valley Courier', '2025-03-03', 'The river bridge was closed on Monday after inspectors found cracks in a pier below the road.');
  article('herald', 'County Herald', '2025-03-04', 'Officials said the river bridge was closed because a barge struck the pier during the storm.');
  const context = () => {
    const out: string[] = [];
    const config = parseConfig({ CORPUS_DIR: dir, SNAPSHOT_PATH: join(dir, '.none') });
    return { out, context: { config, logger: createLogger('fatal'), out: (text: string) => void out.push(text), stdin: process.stdin } };
  };

  it('answers from the outlet and dates given', async () => {
    const { out, context: ctx } = context();
    expect(await ask([QUESTION, '--json', '--outlet', 'county herald'], ctx)).toBe(0);
    expect(JSON.parse(out[0]!).passages.map((p: { sourceId: string }) => p.sourceId)).toEqual(['herald']);
    expect(await ask([QUESTION, '--json', '--until', '2025-03-03'], ctx)).toBe(0);
    expect(JSON.parse(out[1]!).passages.map((p: { sourceId: string }) => p.sourceId)).toEqual(['courier']);
  });

  it('refuses a date that is not YYYY-MM-DD with a usage error', async () => {
    const { context: ctx } = context();
    await expect(ask([QUESTION, '--since', '03/04/2025'], ctx)).rejects.toThrow(CliError);
  });
});
