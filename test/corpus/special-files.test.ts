import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { readRegularFile } from '../../src/corpus/read-file.js';
import type { Corpus } from '../../src/corpus/types.js';
import { tempDir } from './helpers.js';

const ARTICLE = 'The council approved the new bus routes on Tuesday after a long debate, officials said.';

/** Loads `dir`, failing (instead of hanging or filling memory) when the load takes more than a second. */
async function loadWithin(dir: string, ms = 1000): Promise<Corpus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`loading ${dir} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([loadCorpus(dir), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const byName = (corpus: Corpus) => new Map(corpus.warnings.map((w) => [w.file.split('/').at(-1)!, w]));

describe.skipIf(process.platform === 'win32')('files the loader refuses', () => {
  it('skips a symlink to /dev/zero and to a FIFO within a second, one warning each', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const fifo = join(tempDir(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'pipe.txt'));
    const corpus = await loadWithin(dir);
    expect(corpus.passages.map((p) => p.text)).toEqual([ARTICLE]);
    const warnings = byName(corpus);
    expect(corpus.warnings).toHaveLength(2);
    expect(warnings.get('zero.txt')).toMatchObject({ code: 'not-a-file', reason: expect.stringMatching(/character device, not a regular file/) });
    expect(warnings.get('pipe.txt')).toMatchObject({ code: 'not-a-file', reason: expect.stringMatching(/FIFO/) });
  });

  it('reports a FIFO, a directory named *.txt and a sidecar that is a device, and still ignores plain subfolders', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    mkdirSync(join(dir, 'folder.txt'));
    mkdirSync(join(dir, 'archive'));
    symlinkSync('/dev/zero', join(dir, 'good.meta.json'));
    const corpus = await loadWithin(dir);
    const warnings = byName(corpus);
    expect([...warnings.keys()].sort()).toEqual(['fifo.txt', 'folder.txt', 'good.meta.json']);
    expect(warnings.get('fifo.txt')).toMatchObject({ code: 'not-a-file' });
    expect(warnings.get('folder.txt')).toMatchObject({ code: 'not-a-file', reason: expect.stringMatching(/directory/) });
    expect(warnings.get('good.meta.json')).toMatchObject({ code: 'bad-metadata', reason: expect.stringMatching(/not a regular file/) });
    expect(corpus.sources.map((s) => s.id)).toEqual(['good']);
  });

  it('reports a dangling symlink as unreadable', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling.txt'));
    const corpus = await loadWithin(dir);
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: 'unreadable', reason: expect.stringMatching(/ENOENT/) })]);
  });

  // Files under /proc report a size of 0 and yet hold bytes: the cap must hold while reading.
  it.skipIf(!existsSync('/proc/self/status'))('stops reading at the cap although stat() says the file is empty', async () => {
    const read = await readRegularFile('/proc/self/status', 16);
    expect(read).toEqual({ code: 'too-large', size: 17, atLeast: true });
    const whole = await readRegularFile('/proc/self/status', 1 << 20);
    expect('bytes' in whole && whole.bytes.toString('latin1')).toMatch(/^Name:/);
  });
});
