/**
 * Load benchmark of the HTTP interactions endpoint: `storybot serve` in its own process, and a
 * client sending signed /ask interactions on loopback over keep-alive connections.
 * Prints requests per second and latency percentiles as JSON on stdout.
 *
 *   npm run bench:http -- [--seconds 10] [--concurrency 16] [--rate 1000] [--workers 1] [--interaction ask|sources|ping]
 *
 * `--workers N` runs N replicas of the server sharing the port (`storybot serve --workers N`).
 * `ask` (the default) is the target; `ping` measures the transport alone (verification, parsing,
 * response, logging) and `sources` a command whose answer costs next to nothing.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadQueries } from './queries.js';

const APPLICATION_ID = '100000000000000001';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function text(name: string, choices: readonly string[]): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : choices[0];
  if (value === undefined || !choices.includes(value)) throw new Error(`--${name} must be one of ${choices.join(', ')}`);
  return value;
}

if (process.argv.includes('--child')) {
  // The server process: exactly what `storybot serve` runs.
  const { main } = await import('../src/transport/cli/main.js');
  const workers = process.argv.indexOf('--workers');
  process.exitCode = await main(['serve', ...(workers >= 0 ? ['--workers', process.argv[workers + 1]!] : [])]);
} else {
  const seconds = option('seconds', 10);
  const concurrency = option('concurrency', 16);
  const interaction = text('interaction', ['ask', 'sources', 'ping']);
  const rate = option('rate', 1000);
  const workers = option('workers', 1);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const port = await freePort();

  const server = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', '--workers', String(workers)], {
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
      HOST: '127.0.0.1',
      PORT: String(port),
      // Each request's user is drawn from a pool smaller than the run; the cooldown would answer most.
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
    },
    // Logs stay on (one line per request and per interaction), written to /dev/null.
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const stopServer = (): Promise<number | null> =>
    new Promise((resolve) => {
      server.once('exit', (code) => resolve(code));
      server.kill('SIGTERM');
    });

  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const call = (body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/interactions', agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });

  for (let i = 0; i < 300; i++) {
    if (await call('', {}).then(() => true, () => false)) break;
    await delay(100);
  }

  // Signed in advance, so the client's CPU goes to sending; timestamps stay well inside five minutes.
  const questions = loadQueries().all;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const data = (i: number) =>
    interaction === 'ask'
      ? { id: '600000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: questions[i % questions.length] }] }
      : { id: '600000000000000002', name: 'sources', type: 1, options: [] };
  const requests = Array.from({ length: 4000 }, (_, i) => {
    const body = JSON.stringify({
      id: String(200000000000000000n + BigInt(i)),
      application_id: APPLICATION_ID,
      type: interaction === 'ping' ? 1 : 2,
      token: randomBytes(48).toString('base64url'),
      version: 1,
      guild_id: '300000000000000001',
      channel_id: '400000000000000001',
      member: { user: { id: String(500000000000000000n + BigInt(i)), username: `user${i}` } },
      data: data(i),
    });
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
  });

  // Inline answers only: a deferral (type 5) would mean the work missed its time budget.
  const expected = interaction === 'ping' ? '{"type":1}' : '{"type":4';
  let sent = 0;
  const timed = async (latencies: number[], failures: { count: number }, from = performance.now()): Promise<void> => {
    const { body, headers } = requests[sent++ % requests.length]!;
    const reply = await call(body, headers).catch(() => ({ status: 0, text: '' }));
    latencies.push(performance.now() - from);
    if (reply.status !== 200 || !reply.text.startsWith(expected)) failures.count++;
  };

  /** Closed loop: `concurrency` clients, each sending its next request when answered. The ceiling. */
  async function saturate(durationMs: number) {
    const latencies: number[] = [];
    const failures = { count: 0 };
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (performance.now() - started < durationMs) await timed(latencies, failures);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return summary(latencies, failures.count, performance.now() - started);
  }

  /**
   * Open loop: requests leave on a fixed schedule whether or not earlier ones were answered, as
   * Discord's traffic does; latency counts from the scheduled time, so a stall is not hidden.
   */
  async function atRate(perSecond: number, durationMs: number) {
    const latencies: number[] = [];
    const failures = { count: 0 };
    const inFlight: Promise<void>[] = [];
    const started = performance.now();
    let scheduled = 0;
    while (performance.now() - started < durationMs) {
      const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
      for (; scheduled < due; scheduled++) inFlight.push(timed(latencies, failures, started + (scheduled / perSecond) * 1000));
      await delay(1);
    }
    await Promise.all(inFlight);
    return summary(latencies, failures.count, performance.now() - started);
  }

  function summary(latencies: number[], failures: number, elapsedMs: number) {
    latencies.sort((a, b) => a - b);
    const at = (p: number): number => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 100) / 100;
    return {
      requests: latencies.length,
      failures,
      requestsPerSecond: Math.round(latencies.length / (elapsedMs / 1000)),
      p50Ms: at(50),
      p99Ms: at(99),
      maxMs: at(100),
    };
  }

  await saturate(2000); // warm-up: JIT, connections
  const ceiling = await saturate(seconds * 1000);
  const target = await atRate(rate, seconds * 1000);
  agent.destroy();
  const exitCode = await stopServer();
  process.stdout.write(
    `${JSON.stringify(
      {
        interaction,
        workers,
        seconds,
        [`closed loop, ${concurrency} clients`]: ceiling,
        [`open loop, ${rate} requests/s`]: target,
        serverExitCode: exitCode,
        machine: { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      },
      null,
      2,
    )}\n`,
  );
}
