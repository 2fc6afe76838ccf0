import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { commands } from '../../commands/index.js';
import { run as deploy } from '../../src/transport/cli/deploy.js';
import { CliError } from '../../src/transport/cli/context.js';
import { FAKE_TOKEN, FakeDiscord } from '../fake-discord/server.js';
import { snowflake } from '../fake-discord/payloads.js';
import { CORPUS_DIR, memoryLogger } from './harness.js';

const MAIN = new URL('../../src/transport/cli/main.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx');
// An empty folder as the working directory, so no developer's .env is read.
const CWD = mkdtempSync(join(tmpdir(), 'storybot-cli-'));

/** Runs `storybot <args>` from the sources, with exactly the given environment. */
function storybot(args: string[], env: Record<string, string>, stdin?: string) {
  const child = spawn(
    process.execPath,
    ['--import', TSX, '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(process.argv.slice(1));`, ...args],
    { cwd: CWD, env: { PATH: process.env.PATH ?? '', CORPUS_DIR, ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.end(stdin ?? '');
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const exit = once(child, 'exit').then(([code]) => code as number);
  return { child, exit, stderr: () => stderr, stdout: () => stdout };
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().listen();
});
afterAll(async () => {
  await fake?.close();
});

describe('storybot start', () => {
  // Separate processes: run side by side.
  it.concurrent.each([
    [{ DISCORD_TOKEN: '' }, /^storybot: DISCORD_TOKEN is not set/],
    [{ DISCORD_TOKEN: 'not-a-token' }, /^storybot: DISCORD_TOKEN is malformed/],
    [{ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: 'ftp://x' }, /^storybot: DISCORD_API_BASE must be/],
  ])('with bad config %o: one line and exit code 2', async (env, message) => {
    const cli = storybot(['start'], env);
    expect(await cli.exit).toBe(2);
    const lines = cli.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(cli.stderr()).not.toContain('not-a-token');
  });

  it('a token the server refuses: exit 1 with a clear line, the token not shown', async () => {
    // An empty corpus: nothing to load before the login is refused.
    const cli = storybot(['start'], { DISCORD_TOKEN: 'wrong.bot.token', DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: mkdtempSync(join(tmpdir(), 'storybot-empty-')) });
    expect(await cli.exit).toBe(1);
    expect(cli.stderr()).toMatch(/^storybot: could not log in to Discord at http:\/\/127\.0\.0\.1:\d+\/api: /m);
    expect(cli.stderr()).not.toContain('wrong.bot.token');
  });

  it('logs in, answers, and on SIGTERM finishes the reply in flight and exits 0', async () => {
    const cli = storybot(['start'], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0' });
    await loggedIn(cli);
    // The answer takes a while to reach Discord: it is in flight when the signals come.
    fake.delayNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 1500);
    const answering = new Promise((resolve) => fake.once('delayed', resolve));
    const record = fake.command('ask', { question: 'What did Trump offer Mexico?' }, snowflake());
    await answering;
    cli.child.kill('SIGTERM');
    while (!cli.stderr().includes('"msg":"shutting down')) await once(cli.child.stderr, 'data');
    // A second signal (an impatient operator, a supervisor) does not skip the drain.
    cli.child.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
    expect(record.exchanges.map((e) => e.kind)).toEqual(['callback']);
    expect(cli.stderr()).not.toContain(FAKE_TOKEN);
    expect(cli.stderr()).toContain('already shutting down: signal ignored');
    expect(cli.stderr()).toContain('"stopped"');
  });

  it('close code 4004 mid-session: a clear line and a non-zero exit, not a silent one', async () => {
    const cli = storybot(['start'], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: mkdtempSync(join(tmpdir(), 'storybot-empty-')) });
    await loggedIn(cli);
    fake.closeSession(4004, 'Authentication failed.');
    expect(await cli.exit).toBe(1);
    expect(cli.stderr()).toMatch(/^storybot: Discord closed the gateway session for good: 4004 AuthenticationFailed$/m);
    expect(cli.stderr()).toMatch(/"code":4004/);
  });

  it('SIGTERM while login is still waiting for Discord: stops at once, exit 0', async () => {
    // A Discord that accepts the connection and never answers GET /gateway/bot.
    let asked!: () => void;
    const loginStarted = new Promise<void>((resolve) => (asked = resolve));
    const silent = createServer(() => asked());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api`;
    try {
      const cli = storybot(['start'], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: apiBase, CORPUS_DIR: mkdtempSync(join(tmpdir(), 'storybot-empty-')) });
      await loginStarted;
      const signalled = Date.now();
      cli.child.kill('SIGTERM');
      expect(await cli.exit).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(5000);
      expect(cli.stderr()).toContain('stopped before login completed');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

/** Resolves once `storybot start` logged in; throws if it exits first. */
async function loggedIn(cli: ReturnType<typeof storybot>): Promise<void> {
  while (!cli.stderr().includes('"logged in to Discord"')) {
    const ended = await Promise.race([once(cli.child.stderr, 'data').then(() => false), cli.exit.then(() => true)]);
    if (ended) throw new Error(`start exited early: ${cli.stderr()}`);
  }
}

describe('configuration, checked per command', () => {
  it('a malformed DISCORD_TOKEN does not stop storybot sources, which does not use it', async () => {
    const cli = storybot(['sources', '--json'], { DISCORD_TOKEN: 'not a token', DISCORD_PUBLIC_KEY: 'xyz', DISCORD_APPLICATION_ID: 'app' });
    expect(await cli.exit).toBe(0);
    expect(JSON.parse(cli.stdout()).sources.length).toBeGreaterThan(0);
  });

  it('serve: non-decimal numbers and an API base with a space, one line each, exit 2', async () => {
    const cli = storybot(['serve'], {
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      PORT: '0x1F90',
      COOLDOWN_SECONDS: '1e3',
      SHUTDOWN_DRAIN_MS: '0x10',
      DISCORD_API_BASE: 'https://discord .com/api',
    });
    expect(await cli.exit).toBe(2);
    const lines = cli.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const name of ['DISCORD_API_BASE', 'COOLDOWN_SECONDS', 'PORT', 'SHUTDOWN_DRAIN_MS']) expect(lines.some((line) => line.startsWith(`storybot: ${name} must be`))).toBe(true);
  });
});

describe('storybot deploy', () => {
  function context(env: Record<string, string> = {}) {
    const out: string[] = [];
    const config = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: fake.world.applicationId, DISCORD_API_BASE: fake.apiBase, ...env });
    return { out, context: { config, logger: memoryLogger().logger, out: (text: string) => void out.push(text), stdin: process.stdin } };
  }

  it('--guild ID registers every command in that guild, without the global-only install fields', async () => {
    const { out, context: ctx } = context();
    expect(await deploy(['--guild', fake.world.guildId], ctx)).toBe(0);
    const registered = fake.registered.get(fake.world.guildId) as Array<Record<string, unknown>>;
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
    for (const command of registered) {
      expect(command).not.toHaveProperty('integration_types');
      expect(command).not.toHaveProperty('contexts');
    }
    expect(out[0]).toMatch(/^registered 5 commands \(\/ask, \/quote, \/sources, "Ask storybot", \/help\) in guild \d+/);
  });

  it('without a guild (none in the config either) registers them globally, usable in servers, DMs and as a user-installed app', async () => {
    const { context: ctx } = context();
    expect(await deploy([], ctx)).toBe(0);
    const registered = fake.registered.get('global') as Array<Record<string, unknown>>;
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
    const message = registered.find((c) => c.name === 'Ask storybot')!;
    expect(message.type).toBe(3);
    expect(message).not.toHaveProperty('description');
    for (const command of registered) {
      // Installed by a server (0) or a user (1); in servers (0), the bot's DMs (1) and other DMs and group DMs (2).
      expect(command.integration_types).toEqual([0, 1]);
      expect(command.contexts).toEqual([0, 1, 2]);
    }
  });

  it('uses DISCORD_GUILD_ID when set, unless --global', async () => {
    const guild = snowflake();
    const { context: ctx } = context({ DISCORD_GUILD_ID: guild });
    expect(await deploy([], ctx)).toBe(0);
    expect(fake.registered.has(guild)).toBe(true);
    fake.registered.delete('global');
    expect(await deploy(['--global'], ctx)).toBe(0);
    expect(fake.registered.has('global')).toBe(true);
  });

  it('refuses a malformed guild id with exit code 2', async () => {
    const { context: ctx } = context();
    await expect(deploy(['--guild', 'abc'], ctx)).rejects.toThrow(CliError);
  });
});

describe('storybot feedback', () => {
  const vote = (user: string, up: boolean) =>
    JSON.stringify({ level: 30, time: 1, name: 'storybot', msg: 'feedback', question: 'Did the pier close?', passage: 'a#2', answer: 'The pier closed.', vote: up ? 'up' : 'down', user, message: 'm1' });
  const log = [vote('1', true), '{"level":30,"msg":"interaction"}', vote('2', true), vote('3', false)].join('\n');

  it('--json FILE: the votes of a bot log as eval questions', async () => {
    const file = join(CWD, 'bot.log');
    writeFileSync(file, log);
    const cli = storybot(['feedback', '--json', file], {});
    expect(await cli.exit).toBe(0);
    expect(JSON.parse(cli.stdout())).toEqual({ answerable: [{ q: 'Did the pier close?', gold: ['The pier closed.'] }], voted_down: [] });
  });

  it('reads the log from stdin too; a missing file is a usage error', async () => {
    const cli = storybot(['feedback', '--json'], {}, log);
    expect(await cli.exit).toBe(0);
    expect(JSON.parse(cli.stdout()).answerable).toHaveLength(1);
    const missing = storybot(['feedback', join(CWD, 'nonesuch.log')], {});
    expect(await missing.exit).toBe(2);
    expect(missing.stderr()).toMatch(/^storybot: cannot read .*nonesuch\.log: ENOENT/);
  });
});
