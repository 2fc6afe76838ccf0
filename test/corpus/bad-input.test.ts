import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/errors.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus, LoadWarningCode } from '../../src/corpus/types.js';
import { createLogger } from '../../src/log.js';
import { SEED_DIR, tempDir } from './helpers.js';

const GOOD = '001_2dae5b0090463c0d';
// Windows-1252 bytes: 0x93/0x94 are curly double quotes, 0xE9 is é.
const LATIN1 = Buffer.concat([
  Buffer.from('The caf'),
  Buffer.from([0xe9]),
  Buffer.from(' owner said the rent had tripled. '),
  Buffer.from([0x93]),
  Buffer.from('We cannot stay,'),
  Buffer.from([0x94]),
  Buffer.from(' she said.\n'),
]);

let dir: string;
let corpus: Corpus;
const logged: Array<{ level: number; file: string; code: string; msg: string }> = [];

beforeAll(async () => {
  dir = tempDir();
  copyFileSync(join(SEED_DIR, `${GOOD}.txt`), join(dir, `${GOOD}.txt`));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n\t \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, 'latin1.txt'), LATIN1);
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'All work and no play makes a dull article. '));
  // The same article with Windows line endings and extra furniture: same content, so a duplicate.
  const seed = readFileSync(join(SEED_DIR, `${GOOD}.txt`), 'utf8');
  writeFileSync(join(dir, 'zz-copy.txt'), `${seed.replace(/\n/g, '\r\n')}\r\nShare this article\r\n`);
  writeFileSync(join(dir, 'furniture-only.txt'), 'Share\n\nAdvertisement\n\nMost Read\n\n© 2024 Some Outlet. All rights reserved.\n');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(JSON.parse(String(chunk)));
      done();
    },
  });
  corpus = await loadCorpus(dir, { logger: createLogger('info', sink) });
});

describe('bad input', () => {
  const cases: Array<[file: string, code: LoadWarningCode, reason: RegExp]> = [
    ['empty.txt', 'empty', /empty/],
    ['blank.txt', 'empty', /whitespace/],
    ['binary.txt', 'binary', /binary/],
    ['huge.txt', 'too-large', /20\.0 MB is over the 8\.0 MB limit/],
    ['zz-copy.txt', 'duplicate', new RegExp(`same article text as ${GOOD}\\.txt`)],
    ['furniture-only.txt', 'no-paragraphs', /no article text left/],
    ['notes.pdf', 'unsupported', /not a plain-text article/],
    ['latin1.txt', 'encoding', /not valid UTF-8; read as Windows-1252/],
  ];

  it.each(cases)('%s: exactly one warning naming the file and the reason (%s)', (file, code, reason) => {
    const mine = corpus.warnings.filter((w) => w.file === join(dir, file));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.code).toBe(code);
    expect(mine[0]!.reason).toMatch(reason);
  });

  it('warns about nothing else (hidden files are not articles)', () => {
    expect(corpus.warnings).toHaveLength(cases.length);
  });

  it('loads the rest, including the non-UTF-8 article decoded as Windows-1252', () => {
    expect(corpus.sources.map((s) => s.id)).toEqual([GOOD, 'latin1']);
    const latin = corpus.passages.find((p) => p.sourceId === 'latin1')!;
    expect(latin.text).toBe('The café owner said the rent had tripled. “We cannot stay,” she said.');
  });

  it('logs each warning at level warn with the file and code', () => {
    const warns = logged.filter((entry) => entry.level === 40);
    expect(warns.map((w) => [w.file, w.code])).toEqual(corpus.warnings.map((w) => [w.file, w.code]));
    for (const entry of warns) expect(entry.msg).toContain(entry.file.split('/').at(-1));
  });

  it('takes the size cap as an option', async () => {
    const small = await loadCorpus(SEED_DIR, { maxFileBytes: 2500 });
    expect(small.warnings.filter((w) => w.code === 'too-large').map((w) => w.file.split('/').at(-1))).toEqual([
      '000_93455575c53b0e54.txt',
      '001_2dae5b0090463c0d.txt',
      '004_548375a72d7ec2da.txt',
    ]);
    expect(small.sources.map((s) => s.id)).toEqual(['003_b2cabb8e39e5c6fc']);
  });

  it('reads UTF-16 text with a byte-order mark and drops a UTF-8 byte-order mark', async () => {
    const utf = tempDir();
    const text = 'A council vote was delayed on Monday, officials said.';
    writeFileSync(join(utf, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Other outlet text here, officials said on Friday.`, 'utf16le')]));
    writeFileSync(join(utf, 'bom.txt'), `\uFEFF${text}`);
    const loaded = await loadCorpus(utf);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.passages.map((p) => p.text)).toEqual([text, 'Other outlet text here, officials said on Friday.']);
  });

  it('fails on a missing corpus folder with a CorpusError naming it', async () => {
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(CorpusError);
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(/corpus folder ".*nope" does not exist/);
  });
});
