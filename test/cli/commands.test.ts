import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { run as ask } from '../../src/transport/cli/ask.js';
import { runCli as cli } from '../support/cli.js';

const FIXTURES = 'test/fixtures/articles';

afterEach(() => vi.restoreAllMocks());

describe('storybot help and version', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, stdout: `storybot ${version}\n`, stderr: '' });
  });

  it.each(['ask', 'quote', 'sources', 'passages', 'index', 'start', 'serve', 'deploy'])('storybot %s --help explains that command and exits 0', async (command) => {
    const { code, stdout, stderr } = await cli(command, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^usage: storybot ${command}\\b`));
    expect(await cli('help', command)).toMatchObject({ code: 0, stdout });
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--help lists every command and fits 80 columns', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const command of ['ask', 'quote', 'sources', 'passages', 'index', 'start', 'serve', 'deploy']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it.each([
    ['aks', 'ask'],
    ['qoute', 'quote'],
    ['source', 'sources'],
    ['pass', 'passages'],
    ['deplyo', 'deploy'],
  ])('a mistyped command (%s) is a usage error suggesting "%s"', async (typed, meant) => {
    const { code, stdout, stderr } = await cli(typed);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`storybot: unknown command "${typed}": did you mean "storybot ${meant}"? (storybot --help lists them)\n`);
  });

  it('a command nothing like any other gets no suggestion', async () => {
    expect((await cli('zzzzzz')).stderr).toBe('storybot: unknown command "zzzzzz" (storybot --help lists them)\n');
  });
});

describe('storybot ask exit codes', () => {
  it.each([[''], ['   ']])('an empty question (%j) is a usage error: one line, exit 2, nothing read from stdin', async (question) => {
    const { code, stdout, stderr } = await cli('--corpus', FIXTURES, 'ask', question);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^storybot: the question is empty \(usage: storybot ask/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('answered: exit 0; piped, lines but addresses fit 80 columns', async () => {
    const { code, stdout } = await cli('--corpus', FIXTURES, 'ask', "How high did Spain's electricity demand peak?");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Answer: /);
    for (const line of stdout.split('\n').filter((l) => !/https?:\/\//.test(l))) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('nothing answers: exit 1, with a readable line or with the JSON saying so', async () => {
    const question = 'Which violinist won the chess olympiad?';
    const human = await cli('--corpus', FIXTURES, 'ask', question);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^Not in the corpus/);
    const json = await cli('--corpus', FIXTURES, 'ask', question, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ answered: false, answer: null, passages: [] });
  });

  it('--json is one line however long, never wrapped', async () => {
    const { stdout } = await cli('--corpus', FIXTURES, 'ask', "How high did Spain's electricity demand peak?", '--json');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout.length).toBeGreaterThan(200);
  });
});

describe('storybot ask with no question', () => {
  const context = (stdin: PassThrough, interactive: boolean, out: string[]) => ({
    config: parseConfig({ CORPUS_DIR: FIXTURES, SNAPSHOT_PATH: 'no/snapshot/here' }),
    logger: createLogger('fatal', { write: () => undefined }),
    out: (text: string) => void out.push(text),
    stdin,
    terminal: { width: 60, tty: interactive, color: false, interactive },
  });

  it('on a terminal, prompts and answers each question for reading, until an empty line', async () => {
    const prompts: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (prompts.push(String(chunk)), true));
    const stdin = new PassThrough();
    const out: string[] = [];
    const done = ask([], context(stdin, true, out));
    stdin.write("How high did Spain's electricity demand peak?\n");
    stdin.write('Which violinist won the chess olympiad?\n');
    stdin.write('\n');
    expect(await done).toBe(0);
    expect(prompts.join('')).toContain('Question (empty line or Ctrl-D to stop): ');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^\nAnswer: /);
    expect(out[1]).toMatch(/^\nNot in the corpus/);
    for (const line of out.join('\n').split('\n').filter((l) => !/https?:/.test(l))) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('from a pipe, reads one question per line and writes one JSON object per line', async () => {
    const stdin = new PassThrough();
    const out: string[] = [];
    stdin.end("How high did Spain's electricity demand peak?\n\nWhich violinist won the chess olympiad?\n");
    expect(await ask([], context(stdin, false, out))).toBe(0);
    expect(out.map((line) => (JSON.parse(line) as { answered: boolean }).answered)).toEqual([true, false]);
  });
});
