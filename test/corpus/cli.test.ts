import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli as cli } from '../support/cli.js';
import { FIXTURE_DIR, SEED_DIR } from './helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('storybot sources', () => {
  it('--json prints one object: every source with exactly id, outlet, title, date, url, paragraphs, words', async () => {
    const { code, stdout } = await cli('--corpus', SEED_DIR, 'sources', '--json');
    expect(code).toBe(0);
    const { sources } = JSON.parse(stdout) as { sources: Array<Record<string, unknown>> };
    expect(sources).toHaveLength(4);
    for (const source of sources) expect(Object.keys(source)).toEqual(['id', 'outlet', 'title', 'date', 'url', 'paragraphs', 'words']);
    expect(sources[1]).toMatchObject({ id: '001_2dae5b0090463c0d', date: '2025-05-04', paragraphs: 11 });
    expect(sources[2]).toMatchObject({ id: '003_b2cabb8e39e5c6fc', outlet: null, url: null });
  });

  it('without --json prints an aligned table for people', async () => {
    const { code, stdout } = await cli('--corpus', FIXTURE_DIR, 'sources');
    expect(code).toBe(0);
    expect(stdout).not.toContain('{');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+DATE\s+OUTLET\s+HEADLINE\s+PARAS\s+WORDS$/);
    // Piped, so 80 columns: the table fits them (addresses, which cannot be cut, come after it).
    for (const line of lines.slice(0, 6)) expect(line.length).toBeLessThanOrEqual(80);
    const dateColumn = lines[0]!.indexOf('DATE');
    for (const line of lines.slice(1, 6)) expect(line.slice(dateColumn, dateColumn + 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stdout).toContain('5 articles');
  });

  it('rejects an unknown option with a one-line usage error and exit code 2', async () => {
    const { code, stdout, stderr } = await cli('--corpus', SEED_DIR, 'sources', '--jsn');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain("Unknown option '--jsn'");
    expect(stderr).toContain('usage: storybot sources [--json]');
  });

  it('reports a missing corpus folder in one line with exit code 2, no stack trace', async () => {
    const { code, stderr } = await cli('--corpus', 'no/such/folder', 'sources', '--json');
    expect(code).toBe(2);
    expect(stderr).toBe('storybot: corpus folder "no/such/folder" does not exist (use --corpus DIR or set CORPUS_DIR)\n');
  });
});

describe('storybot passages', () => {
  it('--json prints every passage with its sentences and offsets', async () => {
    const { code, stdout } = await cli('--corpus', SEED_DIR, 'passages', '--json');
    expect(code).toBe(0);
    const { passages } = JSON.parse(stdout) as { passages: Array<Record<string, unknown>> };
    expect(passages).toHaveLength(51);
    for (const passage of passages) {
      expect(Object.keys(passage)).toEqual(['id', 'sourceId', 'paragraph', 'text', 'sentences', 'start', 'end']);
      expect((passage.sentences as string[]).join(' ')).toBe(passage.text);
    }
    expect(passages[0]).toMatchObject({ id: '000_93455575c53b0e54#1', sourceId: '000_93455575c53b0e54', paragraph: 1 });
    expect(stdout).not.toContain('CLICK TO GET THE FOX NEWS APP');
  });

  it('without --json prints each article and its passages for reading', async () => {
    const { code, stdout } = await cli('--corpus', SEED_DIR, 'passages');
    expect(code).toBe(0);
    expect(stdout).not.toContain('{"');
    expect(stdout).toContain('== 003_b2cabb8e39e5c6fc');
    expect(stdout).toMatch(/ {2}003_b2cabb8e39e5c6fc#1 {2}\(characters \d+–\d+, 1 sentence\)/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('51 passages from 4 articles');
  });
});

describe('storybot ask (for people)', () => {
  it('names the other outlets reporting a passage, never by file id', async () => {
    const { code, stdout } = await cli('--corpus', SEED_DIR, 'ask', 'Where did the Mexican president speak to supporters?', '--limit', '5');
    expect(code).toBe(0);
    const also = stdout.split('\n').filter((line) => line.trim().startsWith('also in:'));
    expect(also.length).toBeGreaterThan(0);
    for (const line of also) expect(line).toMatch(/also in: [A-Z]/);
    expect(stdout).not.toMatch(/\b\d{3}_[0-9a-f]{16}\b/);
  });
});
