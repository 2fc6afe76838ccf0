import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/answer/open.js';
import { parseConfig } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { PassageIndex } from '../../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot, snapshotLayout, SnapshotPathError } from '../../src/index/snapshot.js';
import { createLogger } from '../../src/log.js';
import { main } from '../../src/transport/cli/main.js';
import { FILLER, makeCorpus } from '../ask/fixture.js';

const corpus = makeCorpus([
  { id: 'a', paragraphs: ['The harbour authority approved the new ferry terminal on Monday.', ...FILLER] },
  { id: 'b', paragraphs: ['Fishermen in the port town welcomed the decision.'] },
]);
const dir = mkdtempSync(join(tmpdir(), 'storybot-integrity-'));
const good = join(dir, 'good.snapshot');
saveSnapshot(good, PassageIndex.build(corpus.passages), corpus.passages, { note: { kept: 'beside the index' } });
const bytes = readFileSync(good);

/** A copy of the good snapshot with one byte of it inverted. */
function flipped(at: number): string {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0xff;
  const path = join(dir, `flipped-${at}.snapshot`);
  writeFileSync(path, copy);
  return path;
}

describe('snapshot checksum', () => {
  const parts = snapshotLayout(bytes).parts.filter((part) => part.end > part.start);

  it('covers every part of the file: format line, header, each section, the checksum itself', () => {
    expect(parts.map((p) => p.name)).toEqual(['format', 'header length', 'header', 'offsets', 'documents', 'counts', 'lengths', 'terms', 'words', 'wordCounts', 'expansions', 'attachments', 'checksum']);
    expect(parts.at(-1)!.end).toBe(bytes.length);
    expect('index' in loadSnapshot(good, corpus.passages)).toBe(true);
  });

  it.each(parts.map((part) => [part.name, part] as const))('a flipped byte in the %s is rejected, saying why', (_name, part) => {
    for (const at of new Set([part.start, Math.floor((part.start + part.end) / 2), part.end - 1])) {
      const loaded = loadSnapshot(flipped(at), corpus.passages);
      expect(loaded).toHaveProperty('reason', expect.stringMatching(part.name === 'format' ? /format/ : /checksum|header/));
    }
  });

  it('a flipped padding byte between sections is rejected too', () => {
    const gaps = parts.slice(1).map((part, i) => [parts[i]!.end, part.start] as const).filter(([from, to]) => to > from);
    expect(gaps.length).toBeGreaterThan(0);
    for (const [from] of gaps) expect(loadSnapshot(flipped(from), corpus.passages)).toHaveProperty('reason', expect.stringMatching(/checksum/));
  });

  it('a snapshot cut short or with bytes appended is rejected', () => {
    for (const length of [bytes.length - 1, bytes.length - 40, Math.floor(bytes.length / 2), 30]) {
      const path = join(dir, `cut-${length}.snapshot`);
      writeFileSync(path, bytes.subarray(0, length));
      expect(loadSnapshot(path, corpus.passages)).toHaveProperty('reason', expect.stringMatching(/checksum|truncated/));
    }
    const longer = join(dir, 'longer.snapshot');
    writeFileSync(longer, Buffer.concat([bytes, Buffer.from('x')]));
    expect(loadSnapshot(longer, corpus.passages)).toHaveProperty('reason', expect.stringMatching(/checksum/));
  });

  it('start-up with a corrupted snapshot logs one warning and builds the index instead', async () => {
    const corpusDir = join(dir, 'corpus');
    cpSync('corpus', corpusDir, { recursive: true });
    const seeds = await loadCorpus(corpusDir);
    const path = join(dir, 'seeds.snapshot');
    saveSnapshot(path, PassageIndex.build(seeds.passages), seeds.passages);
    const file = readFileSync(path);
    const at = snapshotLayout(file).parts.find((part) => part.name === 'documents')!.start + 3;
    file[at] = file[at]! ^ 0x01;
    writeFileSync(path, file);
    const lines: Array<{ msg: string; level: number; reason?: string; snapshot?: boolean }> = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    const { engine } = await openEngine(parseConfig({ CORPUS_DIR: corpusDir, SNAPSHOT_PATH: path }), logger);
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings).toEqual([expect.objectContaining({ msg: 'index snapshot not used; building the index', reason: expect.stringMatching(/checksum/) })]);
    expect(lines.find((line) => line.msg === 'engine ready')?.snapshot).toBe(false);
    expect(engine.ask('Why did Mexico refuse the troops?').answer).toBeTruthy();
  });
});

describe('snapshot writes replace only a snapshot', () => {
  const index = PassageIndex.build(corpus.passages);

  it('replaces its own snapshot, and an older-format one', () => {
    const path = join(dir, 'mine.snapshot');
    saveSnapshot(path, index, corpus.passages);
    saveSnapshot(path, index, corpus.passages);
    writeFileSync(path, JSON.stringify({ format: 'storybot-index/1', fingerprint: 'x' }));
    saveSnapshot(path, index, corpus.passages);
    expect('index' in loadSnapshot(path, corpus.passages)).toBe(true);
  });

  const refusals: Array<[string, (path: string) => void, RegExp]> = [
    ['a directory', (path) => mkdirSync(path), /is a directory/],
    ['a foreign file', (path) => writeFileSync(path, 'my notes, not an index\n'), /is another file/],
    ['an empty file', (path) => writeFileSync(path, ''), /is another file/],
    ['a symlink to a snapshot', (path) => symlinkSync(good, path), /symbolic link/],
    ['a FIFO', (path) => execFileSync('mkfifo', [path]), /device or special file/],
  ];
  it.each(refusals)('refuses to replace %s, and leaves it as it was', (_what, make, reason) => {
    const path = join(mkdtempSync(join(dir, 'refuse-')), 'target');
    make(path);
    const before = lstatSync(path);
    const content = before.isFile() ? readFileSync(path) : null;
    expect(() => saveSnapshot(path, index, corpus.passages)).toThrow(SnapshotPathError);
    expect(() => saveSnapshot(path, index, corpus.passages)).toThrow(reason);
    const after = lstatSync(path);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    if (content) expect(readFileSync(path)).toEqual(content);
    // No temporary file is left behind.
    expect(readdirSync(join(path, '..'))).toEqual(['target']);
  });

  it.skipIf(!existsSync('/dev/null'))('refuses a device (SNAPSHOT_PATH=/dev/null) without touching it', () => {
    expect(() => saveSnapshot('/dev/null', index, corpus.passages)).toThrow(/device or special file/);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('storybot index says so in one line and exits 2', async () => {
    const target = join(dir, 'a-folder');
    mkdirSync(target);
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const previous = process.env.SNAPSHOT_PATH;
    process.env.SNAPSHOT_PATH = target;
    try {
      expect(await main(['--corpus', 'corpus', 'index'])).toBe(2);
    } finally {
      vi.restoreAllMocks();
      if (previous === undefined) delete process.env.SNAPSHOT_PATH;
      else process.env.SNAPSHOT_PATH = previous;
    }
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^storybot: snapshot path ".*a-folder" is a directory/)]);
    expect(lstatSync(target).isDirectory()).toBe(true);
  });
});
