import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import type { CommandModule } from '../../src/transport/interaction.js';
import { startFakeWebhook } from './fake-webhook.js';
import { send, startEndpoint } from './harness.js';
import { APPLICATION_ID, commandInteraction, pingInteraction } from './payloads.js';
import { createSigner } from './signing.js';

const slowAsk: CommandModule = {
  ...ask,
  async execute(interaction, deps) {
    await delay(300);
    await ask.execute(interaction, deps);
  },
};

describe('graceful shutdown of the endpoint', () => {
  it('stops accepting, but finishes the deferred work in flight before it resolves', async () => {
    const endpoint = await startEndpoint({ commands: [slowAsk], answerWithinMs: 50 });
    const interaction = commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }]);
    expect((await endpoint.post(interaction)).json.type).toBe(5);

    const closing = endpoint.endpoint.close(5000);
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(endpoint.port, '127.0.0.1', () => resolve('connected'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await closing).toBe(true);
    // Resolved only after the deferred answer reached Discord (placeholder resolved, answer posted, placeholder removed).
    expect(endpoint.discord.calls.map((call) => call.method)).toEqual(['PATCH', 'POST', 'DELETE']);
    await endpoint.discord.close();
  });
});

const BURST = 300;
const DRAIN_MS = 1500;
const listening = (stderr: string): number => stderr.split('listening for interactions').length - 1;

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));

function runCli(env: Record<string, string>, args: string[] = []): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'serve', ...args], {
    env: { ...process.env, CORPUS_DIR: 'corpus', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

describe('storybot serve', () => {
  let running: ChildProcess | undefined;
  afterEach(() => {
    if (running?.exitCode === null) running.kill('SIGKILL');
  });

  it.each([1, 2])('with %i replica(s): answers PING and a signed /ask, refuses an unsigned one; SIGTERM in a burst of 300 loses none', async (workers) => {
    const signer = createSigner();
    const discord = await startFakeWebhook();
    const cli = runCli({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: discord.apiBase,
      // Replicas share the one port the primary picks.
      PORT: '0',
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
    }, workers === 1 ? [] : ['--workers', String(workers)]);
    running = cli.child;
    // Ready when every replica logs the port it listens on; bounded at 60 s of start-up (a busy shared machine).
    let port = 0;
    for (let i = 0; i < 600 && (port === 0 || listening(cli.stderr()) < workers); i++) {
      port = Number(/"port":(\d+)/.exec(cli.stderr())?.[1] ?? 0);
      await delay(100);
    }
    expect((await send(port, 'GET', '/healthz')).status).toBe(200);

    const post = (interaction: unknown) => {
      const body = JSON.stringify(interaction);
      return send(port, 'POST', '/interactions', body, { ...signer.headers(body), connection: 'close' });
    };
    expect((await post(pingInteraction())).json).toEqual({ type: 1 });
    const answer = await post(commandInteraction('ask', [{ name: 'question', value: 'What did Trump offer Mexico?' }]));
    expect(answer.json.type).toBe(4);
    expect(answer.json.data.embeds[0].title).toBe('What did Trump offer Mexico?');
    const unsigned = await send(port, 'POST', '/interactions', JSON.stringify(pingInteraction()));
    expect(unsigned.status).toBe(401);

    // 300 signed interactions, each on a new connection as Discord sends them;
    // SIGTERM (twice: the second must not cut the drain short) once half are sent.
    const replies: Array<Promise<number | string>> = [];
    let health: Promise<number | string> | undefined;
    for (let i = 0; i < BURST; i++) {
      const interaction = i % 3 === 0 ? commandInteraction('ask', [{ name: 'question', value: 'Who rejected the offer?' }]) : pingInteraction();
      replies.push(post(interaction).then((reply) => reply.status, (error: NodeJS.ErrnoException) => `${error.code ?? 'error'} (request ${i})`));
      if (i === BURST / 2) {
        cli.child.kill('SIGTERM');
        // The second signal only once the first was taken (two pending at once would merge into one).
        for (let wait = 0; wait < 100 && !/"msg":"shutting down/.test(cli.stderr()); wait++) await delay(20);
        health = send(port, 'GET', '/healthz').then((reply) => reply.status, (error: NodeJS.ErrnoException) => error.code ?? 'error');
        cli.child.kill('SIGTERM');
      }
      // A burst: far more connections than the server accepts at once, most still queued in the kernel at the signal.
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }
    const statuses = await Promise.all(replies);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // Draining: still accepting, but telling the load balancer to stop sending.
    expect(await health).toBe(503);

    expect(await cli.exit).toBe(0);
    const logs = cli.stderr().trim().split('\n').map((line) => JSON.parse(line) as { msg: string; status?: number });
    expect(logs.filter((line) => line.msg === 'request' && line.status === 200).length).toBeGreaterThanOrEqual(BURST + 3);
    expect(logs.filter((line) => line.msg === 'stopped')).toHaveLength(workers);
    expect(logs.filter((line) => line.msg.startsWith('already shutting down')).length).toBeGreaterThanOrEqual(1);
    await discord.close();
  }, 120_000);

  it('refuses to start without a usable public key: one line, exit code 2', async () => {
    for (const key of ['', 'abc123', '0'.repeat(64)]) {
      const cli = runCli({ DISCORD_PUBLIC_KEY: key, DISCORD_APPLICATION_ID: APPLICATION_ID, PORT: '0' });
      running = cli.child;
      expect(await cli.exit, key).toBe(2);
      const lines = cli.stderr().trim().split('\n');
      expect(lines, key).toHaveLength(1);
      expect(lines[0]).toMatch(/^storybot: DISCORD_PUBLIC_KEY/);
    }
  });
});
