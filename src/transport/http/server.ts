import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, MessageFlags, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Logger } from '../../log.js';
import type { Dispatcher } from '../dispatch.js';
import { BodyTooLargeError, readBody } from './body.js';
import { InitialResponse } from './initial-response.js';
import { HttpAutocompleteInteraction, HttpButtonInteraction, HttpCommandInteraction, type TimedInteraction } from './interactions.js';
import { parseInteraction, type ParsedInteraction } from './payload.js';
import { TurnQueue } from './turns.js';
import { verifyRequest } from './verify.js';
import type { Webhook } from './webhook.js';

export interface InteractionServerOptions {
  publicKey: KeyObject;
  /** Where verified interactions go: the same dispatcher as the gateway bot. */
  dispatcher: Pick<Dispatcher, 'command' | 'autocomplete' | 'button'>;
  webhook: Webhook;
  logger: Logger;
  /** Larger bodies are refused with 413 (Discord's interactions are a few KiB). */
  maxBodyBytes?: number;
  /** When a handler has not answered by then, the interaction is deferred: Discord allows 3 s. */
  answerWithinMs?: number;
  now?: () => number;
}

export interface InteractionServer {
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /**
   * Reports unhealthy (/healthz 503) and keeps accepting for `drainMs`, so that a load balancer
   * stops sending and connections already queued are answered (longer while they keep arriving, up
   * to half of `timeoutMs`); then stops accepting and waits for in-flight requests and the webhook
   * calls of deferred interactions. Resolves true when everything finished within `drainMs +
   * timeoutMs`; false means it gave up.
   */
  close(timeoutMs?: number, drainMs?: number): Promise<boolean>;
}

/** What the per-request log line says about the request, besides status and time. */
interface RequestLog {
  interaction?: string;
  command?: string;
  id?: string;
  response?: string;
  reason?: string;
}

/** nginx's code for a request whose client closed the connection before the answer: logged, never sent. */
const CLIENT_CLOSED = 499;
/** The drain ends once no connection arrived for this long. */
const QUIET_MS = 500;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const RESPONSE_NAMES: Record<number, string> = {
  [InteractionResponseType.Pong]: 'pong',
  [InteractionResponseType.ChannelMessageWithSource]: 'message',
  [InteractionResponseType.DeferredChannelMessageWithSource]: 'deferred',
  [InteractionResponseType.DeferredMessageUpdate]: 'deferred-update',
  [InteractionResponseType.UpdateMessage]: 'update',
  [InteractionResponseType.ApplicationCommandAutocompleteResult]: 'choices',
};

/** What to send when a handler returned without acknowledging: never leave Discord waiting. */
function unansweredFallback(kind: 'command' | 'autocomplete' | 'button'): APIInteractionResponse {
  if (kind === 'autocomplete') return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  if (kind === 'button') return { type: InteractionResponseType.DeferredMessageUpdate };
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: 'Sorry, something went wrong.', flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
  };
}

export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { publicKey, dispatcher, webhook, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const answerWithinMs = options.answerWithinMs ?? 2000;
  const now = options.now ?? Date.now;
  /** Handler runs that may outlive their HTTP response (deferred work and its webhook calls). */
  const pending = new Set<Promise<void>>();
  const turns = new TurnQueue();
  let closing = false;

  function send(res: ServerResponse, status: number, body: unknown, onWritten?: () => void): void {
    const text = JSON.stringify(body);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    if (closing) headers.connection = 'close';
    res.writeHead(status, headers).end(text, onWritten);
  }

  function reject(res: ServerResponse, log: RequestLog, status: number, reason: string, extra: Record<string, string> = {}): void {
    log.reason = reason;
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    send(res, status, { error: reason });
  }

  function track(work: Promise<void>): void {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  /** Queues the handler for its turn; `initial.body` resolves with its acknowledgement (or the budget's). */
  function dispatch(parsed: Exclude<ParsedInteraction, { kind: 'ping' | 'unsupported' }>, initial: InitialResponse): void {
    let interaction: TimedInteraction;
    let run: () => Promise<unknown>;
    if (parsed.kind === 'command') {
      const command = new HttpCommandInteraction(parsed, initial, webhook);
      [interaction, run] = [command, () => dispatcher.command(command)];
    } else if (parsed.kind === 'autocomplete') {
      const autocomplete = new HttpAutocompleteInteraction(parsed, initial, webhook);
      [interaction, run] = [autocomplete, () => dispatcher.autocomplete(autocomplete)];
    } else {
      const button = new HttpButtonInteraction(parsed, initial, webhook);
      [interaction, run] = [button, () => dispatcher.button(button)];
    }
    // The budget runs from arrival: time spent waiting for a turn counts against Discord's 3 s.
    const budget = setTimeout(() => interaction.acknowledgeForSlowWork(), answerWithinMs);
    void initial.body.then(() => clearTimeout(budget));
    track(
      new Promise<void>((resolve) => turns.push(resolve))
        .then(run)
        .then(() => undefined)
        .catch((error: unknown) => logger.error({ err: error, interactionId: parsed.id }, 'interaction handler failed'))
        .finally(() => {
          clearTimeout(budget);
          if (initial.send(unansweredFallback(parsed.kind))) {
            logger.error({ interactionId: parsed.id, interaction: parsed.kind }, 'handler returned without answering the interaction');
          }
        }),
    );
  }

  async function interactions(req: IncomingMessage, res: ServerResponse, log: RequestLog): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // The rest of the body is never read: close the connection after answering.
      res.setHeader('connection', 'close');
      return reject(res, log, 413, `request body over ${maxBodyBytes} bytes`);
    }
    // Verification before anything else looks at the body.
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    const verdict = verifyRequest(
      publicKey,
      typeof signature === 'string' ? signature : undefined,
      typeof timestamp === 'string' ? timestamp : undefined,
      body,
      now(),
    );
    if (!verdict.ok) return reject(res, log, 401, verdict.reason);

    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return reject(res, log, 400, 'malformed JSON');
    }
    const parsed = parseInteraction(json);
    if (parsed === null) return reject(res, log, 400, 'not an interaction');
    log.interaction = parsed.kind;
    if (parsed.kind === 'ping') {
      log.response = 'pong';
      return send(res, 200, { type: InteractionResponseType.Pong });
    }
    if (parsed.kind === 'unsupported') return reject(res, log, 400, `unsupported interaction type ${parsed.type}`);
    log.id = parsed.id;
    log.command = parsed.kind === 'button' ? parsed.customId.split(':', 1)[0] : parsed.commandName;

    const initial = new InitialResponse();
    res.once('close', () => initial.confirmDelivered());
    dispatch(parsed, initial);
    const response = await initial.body;
    log.response = RESPONSE_NAMES[response.type] ?? String(response.type);
    send(res, 200, response, () => initial.confirmDelivered());
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const path = (req.url ?? '/').split('?', 1)[0];
    const log: RequestLog = {};
    res.once('close', () => {
      const ms = Math.round((performance.now() - started) * 100) / 100;
      // The connection closed before the response was written in full: the client gave up, not a 200.
      if (!res.writableFinished) return logger.warn({ method: req.method, path, status: CLIENT_CLOSED, ms, ...log, reason: 'client closed the connection before the response' }, 'request aborted');
      const fields = { method: req.method, path, status: res.statusCode, ms, ...log };
      if (res.statusCode >= 500) logger.error(fields, 'request');
      else if (res.statusCode >= 400) logger.warn(fields, 'request');
      else logger.info(fields, 'request');
    });
    try {
      if (path === '/interactions') {
        if (req.method !== 'POST') return reject(res, log, 405, 'method not allowed', { allow: 'POST' });
        return await interactions(req, res, log);
      }
      if (path === '/healthz') {
        if (req.method !== 'GET' && req.method !== 'HEAD') return reject(res, log, 405, 'method not allowed', { allow: 'GET, HEAD' });
        return send(res, closing ? 503 : 200, { status: closing ? 'closing' : 'ok' });
      }
      return reject(res, log, 404, 'not found');
    } catch (error) {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  }

  const server = createServer((req, res) => void route(req, res));
  let lastConnectionAt = 0;
  server.on('connection', () => (lastConnectionAt = performance.now()));
  // A public endpoint: a client trickling headers or a body is cut off rather than held open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    async close(timeoutMs = 25_000, drainMs = 0) {
      closing = true;
      const giveUpAt = performance.now() + drainMs + timeoutMs;
      if (drainMs > 0) {
        logger.info({ drainMs }, 'draining: /healthz answers 503, still accepting');
        await sleep(drainMs);
        // Connections still arriving are queued ones (the kernel's backlog, or the cluster primary's):
        // closing now would reset them, so accept until a quiet moment, within the deadline.
        while (performance.now() - lastConnectionAt < QUIET_MS && performance.now() < giveUpAt - timeoutMs / 2) await sleep(QUIET_MS / 4);
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = (async () => {
        await closed;
        // A request answered while closing may have started deferred work: wait until none is left.
        while (pending.size > 0) await Promise.allSettled([...pending]);
      })();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, giveUpAt - performance.now()))));
      const finished = await Promise.race([drained.then(() => true as const), timedOut]);
      clearTimeout(timer);
      if (!finished) server.closeAllConnections();
      return finished;
    },
  };
}
