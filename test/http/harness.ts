import { request } from 'node:http';
import { pino } from 'pino';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openEngine } from '../../src/answer/open.js';
import type { Engine } from '../../src/answer/types.js';
import { createDispatcher } from '../../src/transport/dispatch.js';
import type { CommandModule } from '../../src/transport/interaction.js';
import { createInteractionServer, type InteractionServer } from '../../src/transport/http/server.js';
import { publicKeyFromHex } from '../../src/transport/http/verify.js';
import { createWebhook, type WebhookOptions } from '../../src/transport/http/webhook.js';
import { startFakeWebhook } from './fake-webhook.js';
import { APPLICATION_ID } from './payloads.js';
import { createSigner, type Signer } from './signing.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or null when the body was not JSON. */
  json: any;
}

let engine: Promise<Engine> | undefined;
/** The seed corpus, loaded once per test file. */
export function seedEngine(): Promise<Engine> {
  engine ??= openEngine(parseConfig({ CORPUS_DIR: 'corpus' }), pino({ level: 'silent' }), { quotes: true }).then((opened) => opened.engine);
  return engine;
}

export interface HarnessOptions {
  commands?: readonly CommandModule[];
  answerWithinMs?: number;
  cooldownSeconds?: number;
  maxBodyBytes?: number;
  /** Options of the webhook client (deadlines, attempts); `apiBase` replaces the fake's. */
  webhook?: Partial<Omit<WebhookOptions, 'logger'>>;
  /** The clock handlers see (button custom_ids carry it); defaults to the real one. */
  now?: () => number;
}

/** The HTTP endpoint on 127.0.0.1 with the real dispatcher, a fake Discord webhook API and captured logs. */
export async function startEndpoint(options: HarnessOptions = {}) {
  const signer: Signer = createSigner();
  const logLines: string[] = [];
  // The production logger (with its redaction), writing to memory.
  const logger = createLogger('debug', {
    write(chunk: string) {
      logLines.push(chunk);
    },
  });
  const discord = await startFakeWebhook();
  const dispatcher = createDispatcher({
    commands: options.commands ?? (await import('../../commands/index.js')).commands,
    deps: { engine: await seedEngine(), logger, now: options.now ?? Date.now },
    cooldownSeconds: options.cooldownSeconds ?? 0,
  });
  const webhook = createWebhook({ apiBase: discord.apiBase, applicationId: APPLICATION_ID, ...options.webhook, logger });
  const endpoint: InteractionServer = createInteractionServer({
    publicKey: publicKeyFromHex(signer.publicKeyHex),
    dispatcher,
    webhook,
    logger,
    answerWithinMs: options.answerWithinMs,
    maxBodyBytes: options.maxBodyBytes,
  });
  const { port } = await endpoint.listen(0, '127.0.0.1');

  return {
    port,
    signer,
    discord,
    endpoint,
    webhook,
    logs: () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
    rawLogs: () => logLines.join(''),
    /** A raw request to the endpoint. */
    send: (method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}) => send(port, method, path, body, headers),
    /** POST /interactions, signed with the application's key. */
    post: (interaction: unknown, timestampSeconds?: number): Promise<Reply> => {
      const body = JSON.stringify(interaction);
      return send(port, 'POST', '/interactions', body, signer.headers(body, timestampSeconds));
    },
    async close() {
      await endpoint.close(5000);
      await discord.close();
    },
  };
}

export type Endpoint = Awaited<ReturnType<typeof startEndpoint>>;

export function send(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
