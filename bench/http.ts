/**
 * Load benchmark of the HTTP interactions endpoint: `storybot serve` in its own process, and a
 * lean client (bench/http-client.ts) sending signed /ask interactions on loopback over keep-alive
 * connections. Prints requests per second and latency percentiles as JSON on stdout.
 *
 *   npm run bench:http -- [--seconds 10] [--warmup 5] [--concurrency 16] [--rate 1000] [--runs 1] [--workers 2]
 *                          [--interaction ask|sources|ping] [--node-flags "--max-semi-space-size=32"]
 *
 * `--workers N` runs N replicas of the server sharing the port (`storybot serve --workers N`).
 * `ask` (the default) is the target; `ping` measures the transport alone (verification, parsing,
 * response, logging) and `sources` a command whose answer costs next to nothing.
 * `--runs N` repeats the open-loop phase N times against the same server. `--node-flags` passes
 * V8 flags to the server's processes, to compare GC settings.
 *
 * Every response is checked: status 200 and, byte for byte, the answer the server gave that
 * question in a reference pass before timing (for /ask: the embed with the quoted passages and
 * citations; only the buttons, which carry the user and the time, are not compared).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ConnectionPool, type Reply } from './http-client.js';
import { clientCpuMs, treeCpuMs } from './http-cpu.js';
import { APPLICATION_ID, INTERACTIONS, SIGNATURE_LIFETIME_MS, signedRequests, type BenchInteraction, type SignedRequest } from './http-requests.js';
import { loadQueries } from './queries.js';

const STORYBOT_BIN = fileURLToPath(new URL('../bin/storybot.js', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../dist/src/transport/cli/main.js', import.meta.url));
const SOURCE_DIRS = ['../src', '../commands'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/** The server runs from dist/: a build older than the source it comes from is not what the tree would serve. */
function staleBuildSource(): string | null {
  const built = existsSync(BUILT_CLI) ? statSync(BUILT_CLI).mtimeMs : 0;
  for (const dir of SOURCE_DIRS) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts') && statSync(join(dir, file)).mtimeMs > built) return join(dir, file);
    }
  }
  return null;
}

function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function option(name: string, fallback: number): number {
  const given = textOption(name);
  const value = given !== undefined ? Number(given) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

function text<T extends string>(name: string, choices: readonly T[]): T {
  const value = textOption(name) ?? choices[0];
  if (value === undefined || !choices.includes(value as T)) throw new Error(`--${name} must be one of ${choices.join(', ')}`);
  return value as T;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const healthy = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });

interface PhaseResult {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU milliseconds per request: the server's processes (all replicas), and the load generator. */
  cpuMsPerRequest: { server: number | null; client: number };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Marks the start of a phase; `end` summarises it. */
function phaseClock(serverPid: number) {
  const started = performance.now();
  const server = treeCpuMs(serverPid);
  const client = clientCpuMs();
  return {
    started,
    end(latencies: number[], failures: number): PhaseResult {
      const elapsedMs = performance.now() - started;
      const serverAfter = treeCpuMs(serverPid);
      const perRequest = (ms: number): number => Math.round((ms / latencies.length) * 1000) / 1000;
      latencies.sort((a, b) => a - b);
      const at = (p: number): number => round2(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);
      return {
        requests: latencies.length,
        failures,
        requestsPerSecond: Math.round(latencies.length / (elapsedMs / 1000)),
        p50Ms: at(50),
        p99Ms: at(99),
        maxMs: at(100),
        cpuMsPerRequest: {
          server: server === null || serverAfter === null ? null : perRequest(serverAfter - server),
          client: perRequest(clientCpuMs() - client),
        },
      };
    },
  };
}

const seconds = option('seconds', 10);
if (seconds * 1000 > SIGNATURE_LIFETIME_MS) throw new Error(`--seconds must be at most ${SIGNATURE_LIFETIME_MS / 1000}: requests are signed before each phase`);
const concurrency = option('concurrency', 16);
const interaction = text<BenchInteraction>('interaction', INTERACTIONS);
const rate = option('rate', 1000);
const runs = option('runs', 1);
const warmupSeconds = option('warmup', 5);
const workers = option('workers', 2);
// V8 flags for the server's processes (the replicas inherit them), e.g. "--max-semi-space-size=32".
const nodeFlags = (textOption('node-flags') ?? '').split(' ').filter(Boolean);
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const port = await freePort();
const loadBefore = loadavg()[0]!;

// Exactly what `npm run serve` runs: the compiled CLI (the script builds it first).
const stale = staleBuildSource();
if (stale !== null) process.stderr.write(`warning: dist/ is older than ${stale}; run \`npm run build\` to measure the current source\n`);
const server = spawn(process.execPath, [...nodeFlags, STORYBOT_BIN, 'serve', '--workers', String(workers)], {
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
// Whatever ends the benchmark, a failed check included, the server goes with it.
process.once('exit', () => server.kill());
const stopServer = (): Promise<number | null> =>
  new Promise((resolve) => {
    server.once('exit', (code) => resolve(code));
    server.kill('SIGTERM');
  });
for (let i = 0; i < 600 && !(await healthy(port)); i++) await delay(100);

const questions = interaction === 'ask' ? loadQueries().all : [''];
const pool = new ConnectionPool(port, concurrency);
/** Sends one request; the reply's body is copied out of the connection's reused buffer. */
const send = (request: SignedRequest): Promise<Reply> =>
  new Promise((resolve) => pool.send(request.bytes, (reply) => resolve({ status: reply.status, body: Buffer.from(reply.body) })));

/**
 * What each question must be answered with: the server's answer in a reference pass, up to the
 * buttons (they carry the user and the time). For /ask it holds the quoted passages, so a
 * response that is an error notice, another question's answer or a deferral does not match.
 */
const expected: Buffer[] = [];
let answered = 0;
for (const request of signedRequests(interaction, questions, questions.length, privateKey)) {
  const reply = await send(request);
  const body = reply.body.toString('utf8');
  const wanted = interaction === 'ping' ? body === '{"type":1}' : body.startsWith('{"type":4,"data":{');
  if (reply.status !== 200 || !wanted) throw new Error(`reference answer for "${questions[request.question]}": ${reply.status} ${body.slice(0, 200)}`);
  if (body.includes('"embeds":[')) answered++;
  const buttons = reply.body.indexOf(',"components":');
  expected[request.question] = Buffer.from(buttons >= 0 ? reply.body.subarray(0, buttons) : reply.body);
}
const matches = (request: SignedRequest, reply: Reply): boolean => {
  const wanted = expected[request.question]!;
  return reply.status === 200 && reply.body.length >= wanted.length && wanted.equals(reply.body.subarray(0, wanted.length));
};

/**
 * Signs a phase's requests (outside its timing), then lets the event loop notice connections the
 * server closed meanwhile (its keep-alive timeout), so that they are reopened rather than written to.
 */
async function signedForPhase(count: number): Promise<SignedRequest[]> {
  const requests = signedRequests(interaction, questions, count, privateKey);
  await new Promise((resolve) => setImmediate(resolve));
  return requests;
}

/** Closed loop: `concurrency` clients, each sending its next request when answered. The ceiling. */
async function saturate(durationMs: number): Promise<PhaseResult> {
  const requests = await signedForPhase(4000);
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const clock = phaseClock(server.pid!);
  const { started } = clock;
  const client = async (): Promise<void> => {
    while (performance.now() - started < durationMs) {
      const request = requests[next++ % requests.length]!;
      const sent = performance.now();
      const reply = await send(request);
      latencies.push(performance.now() - sent);
      if (!matches(request, reply)) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return clock.end(latencies, failures);
}

/**
 * Open loop: requests leave on a fixed schedule whether or not earlier ones were answered, as
 * Discord's traffic does; latency counts from the scheduled time, so a stall is not hidden.
 * Every request is a distinct interaction, signed just before the phase.
 */
async function atRate(perSecond: number, durationMs: number): Promise<PhaseResult> {
  const total = Math.round((durationMs / 1000) * perSecond);
  const requests = await signedForPhase(total);
  const latencies: number[] = [];
  let failures = 0;
  let scheduled = 0;
  let finished = 0;
  let allAnswered!: () => void;
  const done = new Promise<void>((resolve) => (allAnswered = resolve));
  const clock = phaseClock(server.pid!);
  const { started } = clock;
  /** Sends every request whose time has come. */
  const sendDue = (): void => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * perSecond));
    for (; scheduled < due; scheduled++) {
      const request = requests[scheduled]!;
      const at = started + (scheduled / perSecond) * 1000;
      pool.send(request.bytes, (reply) => {
        latencies.push(performance.now() - at);
        if (!matches(request, reply)) failures++;
        if (++finished === total) allAnswered();
        // Timers fire a millisecond or more apart: checking the schedule on every answer too sends
        // closer to it, without spinning.
        sendDue();
      });
    }
  };
  const tick = (): void => {
    sendDue();
    if (scheduled < total) setTimeout(tick, 1);
  };
  tick();
  await done;
  return clock.end(latencies, failures);
}

// Warm-up: JIT, connections, and the start-up heap collected, as in a server that has been running.
await saturate(warmupSeconds * 1000);
const target: PhaseResult[] = [];
for (let run = 0; run < runs; run++) target.push(await atRate(rate, seconds * 1000));
const ceiling = await saturate(seconds * 1000);
const loadAfter = loadavg()[0]!;
pool.close();
const exitCode = await stopServer();
process.stdout.write(
  `${JSON.stringify(
    {
      interaction,
      workers,
      seconds,
      ...(interaction === 'ask' ? { questions: questions.length, answeredWithPassages: answered } : {}),
      [`open loop, ${rate} requests/s`]: runs === 1 ? target[0] : target,
      [`closed loop, ${concurrency} clients`]: ceiling,
      serverExitCode: exitCode,
      build: stale === null ? 'dist/ current' : `dist/ older than ${stale}`,
      machine: {
        nproc: availableParallelism(),
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        loadAverage1m: { before: round2(loadBefore), after: round2(loadAfter) },
        date: new Date().toISOString(),
      },
    },
    null,
    2,
  )}\n`,
);
