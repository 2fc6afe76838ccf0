/**
 * A Discord-compatible fake for tests: the REST API and the WebSocket gateway on 127.0.0.1, enough
 * for the real discord.js client to log in (GET /gateway/bot, HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats, RESUME), receive interactions, and answer them through the callback and webhook
 * endpoints. It records everything the bot sends, and can misbehave on request: a 429 with
 * retry-after, an interaction Discord no longer knows (10062), a dropped connection.
 */
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  guildCreatePayload,
  messageCommandInteraction,
  messageFrom,
  readyPayload,
  snowflake,
  user,
  type FakeWorld,
  type OptionValue,
} from './payloads.js';

export const FAKE_TOKEN = 'fake.bot.token';
const API_PREFIX = /^\/api(?:\/v\d+)?/;
const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, reconnect: 7, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;

/** What the bot sent for one interaction, in order. */
export interface Exchange {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  body: Record<string, unknown> & { type?: number; data?: Record<string, unknown> };
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: Record<string, unknown>;
  exchanges: Exchange[];
  /** The message the bot's answer created or edited, as Discord would return it. */
  message: Record<string, unknown> | null;
  /** Every message the interaction showed, in order: a "thinking…", a reply or a follow-up, and who could see it. */
  shown: Array<{ id: string; ephemeral: boolean; deferred: boolean }>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The path as sent, before percent-decoding (discord.js sends `@original` as `%40original`). */
  rawPath: string;
  status: number;
  body: unknown;
}

interface Injection {
  match: RegExp;
  status: number;
  respond(res: ServerResponse): void;
}

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
}

export class FakeDiscord extends EventEmitter {
  readonly world: FakeWorld = {
    applicationId: snowflake(),
    bot: user(snowflake(), 'storybot', true),
    guildId: snowflake(),
    channelId: snowflake(),
  };
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** Commands registered with PUT, by scope: `global` or a guild id. */
  readonly registered = new Map<string, unknown[]>();
  /** Every gateway opcode the client sent, in order, e.g. to tell IDENTIFY from RESUME. */
  readonly gatewayOps: number[] = [];
  identify: Record<string, unknown> | null = null;
  /** Set to false to stop acknowledging heartbeats: the client should take the connection for dead and resume. */
  ackHeartbeats = true;

  private readonly http: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private readonly sockets = new Set<WebSocket>();
  private sessionId = '';
  private sequence = 0;
  private readonly dispatched: Array<{ s: number; t: string; d: unknown }> = [];
  private readonly injections: Injection[] = [];
  private readonly delays: Array<{ match: RegExp; ms: number }> = [];
  private readonly expired = new Set<string>();
  private readonly heartbeatIntervalMs: number;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    // Every awaited interaction listens here (events.once also adds an 'error' listener): many at once is normal.
    this.setMaxListeners(0);
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.http.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  async listen(): Promise<this> {
    this.http.listen(0, '127.0.0.1');
    await once(this.http, 'listening');
    return this;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** What DISCORD_API_BASE should be. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- misbehaviour on request -------------------------------------------------------------

  /** The next request whose "METHOD /path" (path without /api/vN) matches gets a 429 (`global`: for every route). */
  rateLimitNext(match: RegExp, retryAfterSeconds: number, options: { global?: boolean } = {}): void {
    this.injections.push({
      match,
      status: 429,
      respond: (res) => {
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(retryAfterSeconds),
          ...(options.global ? { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' } : { 'x-ratelimit-scope': 'user' }),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfterSeconds),
        });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: options.global ?? false }));
      },
    });
  }

  /** The next matching request gets this error, as Discord words them (e.g. 400 with code 50035). */
  failNext(match: RegExp, status: number, body: { code: number; message: string }): void {
    this.injections.push({ match, status, respond: (res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)) });
  }

  /** The next matching request is answered as usual, but only after `ms`: slow work in flight. Emits 'delayed' when it arrives. */
  delayNext(match: RegExp, ms: number): void {
    this.delays.push({ match, ms });
  }

  /** Ends the gateway session with a close code, e.g. 4004 (authentication failed): not resumable. */
  closeSession(code: number, reason = 'fake-discord closed the session'): void {
    this.socket?.close(code, reason);
    this.socket = null;
  }

  /** Closes the gateway connection as a network failure would (close code 4000: the client may resume). */
  dropConnection(): void {
    this.socket?.close(4000, 'fake-discord dropped the connection');
    this.socket = null;
  }

  // ---- interactions --------------------------------------------------------------------------

  private deliver(payload: Record<string, unknown> & { id: string; token: string }, options: { expired?: boolean } = {}): InteractionRecord {
    const record: InteractionRecord = { id: payload.id, token: payload.token, payload, exchanges: [], message: null, shown: [] };
    this.interactions.set(payload.id, record);
    if (options.expired) this.expired.add(payload.id);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /**
   * Sends a slash command from `userId`. `expired`: Discord answers its callback with 10062.
   * `place: 'user-install-dm'`: used in a DM through the user's own install of the app.
   */
  command(name: string, options: Record<string, OptionValue>, userId: string, extra: { expired?: boolean; place?: 'guild' | 'user-install-dm' } = {}): InteractionRecord {
    return this.deliver(commandInteraction({ world: this.world, userId, place: extra.place }, name, options), extra);
  }

  /** "Apps → `name`" on `target`, a message as Discord returns it (e.g. from `messageFrom`). */
  messageCommand(name: string, target: Record<string, unknown>, userId: string): InteractionRecord {
    return this.deliver(messageCommandInteraction({ world: this.world, userId }, name, target));
  }

  autocomplete(name: string, options: Record<string, OptionValue>, focused: string, userId: string): InteractionRecord {
    return this.deliver(autocompleteInteraction({ world: this.world, userId }, name, options, focused));
  }

  /** A click on the button `customId` of `message` (as returned in an InteractionRecord). */
  click(message: Record<string, unknown>, customId: string, userId: string): InteractionRecord {
    return this.deliver(buttonInteraction({ world: this.world, userId }, customId, message));
  }

  /** Resolves with the record once `done(record)` holds; re-checked after every exchange. */
  async until(record: InteractionRecord, done: (record: InteractionRecord) => boolean): Promise<InteractionRecord> {
    while (!done(record)) await once(this, `exchange:${record.id}`);
    return record;
  }

  /** Resolves once the interaction got its answer: a message, an update, choices, or a deferral followed by an edit or follow-up. */
  answered(record: InteractionRecord): Promise<InteractionRecord> {
    return this.until(record, (r) => {
      const first = r.exchanges[0];
      if (!first || first.kind !== 'callback') return false;
      if (first.body.type === 5 || first.body.type === 6) return r.exchanges.some((e) => e.kind === 'edit' || e.kind === 'followup');
      return true;
    });
  }

  // ---- gateway ------------------------------------------------------------------------------

  private send(ws: WebSocket, payload: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  private dispatch(t: string, d: unknown): void {
    const s = ++this.sequence;
    this.dispatched.push({ s, t, d });
    // Keep what a resume may need to replay, bounded.
    if (this.dispatched.length > 1000) this.dispatched.shift();
    if (this.socket) this.send(this.socket, { op: OP.dispatch, t, s, d });
  }

  private onConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: OP.hello, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['fake-discord'] } });
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> | number | null };
      this.gatewayOps.push(message.op);
      this.emit('op', message.op, message.d);
      const d = message.d as Record<string, unknown>;
      switch (message.op) {
        case OP.heartbeat:
          if (this.ackHeartbeats) this.send(ws, { op: OP.heartbeatAck, d: null });
          return;
        case OP.identify: {
          if (d.token !== FAKE_TOKEN) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          this.identify = d;
          this.socket = ws;
          this.sessionId = snowflake();
          this.dispatch('READY', readyPayload(this.world, this.sessionId, this.gatewayUrl));
          this.dispatch('GUILD_CREATE', guildCreatePayload(this.world));
          return;
        }
        case OP.resume: {
          if (d.token !== FAKE_TOKEN || d.session_id !== this.sessionId) {
            this.send(ws, { op: OP.invalidSession, d: false });
            return;
          }
          this.socket = ws;
          const from = Number(d.seq);
          for (const event of this.dispatched.filter((e) => e.s > from)) this.send(ws, { op: OP.dispatch, ...event });
          this.dispatch('RESUMED', { _trace: ['fake-discord'] });
          this.emit('resumed');
          return;
        }
        default:
          return;
      }
    });
  }

  // ---- REST -----------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js sends `@original` percent-encoded.
    const path = decodeURIComponent(url.pathname.replace(API_PREFIX, ''));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text && (req.headers['content-type'] ?? '').includes('application/json') ? JSON.parse(text) : text || null;
    const method = req.method ?? 'GET';
    const record = (status: number): void => {
      this.requests.push({ method, path, rawPath: url.pathname, status, body });
    };

    const injection = this.injections.findIndex((i) => i.match.test(`${method} ${path}`));
    if (injection >= 0) {
      const injected = this.injections.splice(injection, 1)[0]!;
      injected.respond(res);
      record(injected.status);
      return;
    }
    const delay = this.delays.findIndex((d) => d.match.test(`${method} ${path}`));
    if (delay >= 0) {
      // Announced so a test can act while the request is held.
      this.emit('delayed');
      await new Promise((resolve) => setTimeout(resolve, this.delays.splice(delay, 1)[0]!.ms));
    }
    const reply = (status: number, json?: unknown): void => {
      record(status);
      if (json === undefined) {
        res.writeHead(status).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const authorised = req.headers.authorization === `Bot ${FAKE_TOKEN}`;
    const unauthorised = (): void => reply(401, { message: '401: Unauthorized', code: 0 });

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorised) return unauthorised();
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!authorised) return unauthorised();
      if (m[1] !== this.world.applicationId) return reply(404, { message: 'Unknown Application', code: 10002 });
      const scope = m[2] ?? 'global';
      if (method === 'PUT') {
        const commands = (body as Array<Record<string, unknown>>).map((c) => ({ id: snowflake(), application_id: m![1], version: snowflake(), ...c }));
        this.registered.set(scope, commands);
        return reply(200, commands);
      }
      if (method === 'GET') return reply(200, this.registered.get(scope) ?? []);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const interaction = this.interactions.get(m[1]!);
      if (!interaction || interaction.token !== m[2] || this.expired.has(interaction.id)) {
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      }
      if (interaction.exchanges.some((e) => e.kind === 'callback')) {
        return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      const callback = body as Exchange['body'];
      if ([4, 7].includes(callback.type ?? 0)) {
        const previous = callback.type === 7 ? ((interaction.payload.message as Record<string, unknown>) ?? {}) : {};
        interaction.message = messageFrom(this.world, { ...previous, ...callback.data }, previous.id as string | undefined);
      }
      if (callback.type === 5) interaction.message = messageFrom(this.world, { flags: callback.data?.flags });
      if ((callback.type === 4 || callback.type === 5) && interaction.message) this.show(interaction, interaction.message, callback.type === 5);
      this.exchange(interaction, 'callback', callback);
      if (url.searchParams.get('with_response') === 'true') {
        return reply(200, { interaction: { id: interaction.id, type: interaction.payload.type }, resource: { type: callback.type, message: interaction.message } });
      }
      return reply(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const interaction = [...this.interactions.values()].find((i) => i.token === m![2]);
      if (!interaction || m[1] !== this.world.applicationId) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (!interaction.exchanges.some((e) => e.kind === 'callback')) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const target = m[3];
      if (method === 'POST' && target === undefined) {
        // As Discord does: a follow-up while a deferral is still "thinking…" resolves it, keeping its flags.
        if (this.stillThinking(interaction)) {
          interaction.message = messageFrom(this.world, { ...(body as Record<string, unknown>), flags: interaction.message!.flags }, interaction.message!.id as string);
          this.exchange(interaction, 'followup', body as Exchange['body']);
          return reply(200, interaction.message);
        }
        const followup = messageFrom(this.world, body as Record<string, unknown>);
        this.show(interaction, followup, false);
        this.exchange(interaction, 'followup', body as Exchange['body']);
        return reply(200, followup);
      }
      if (target === '@original' || target === interaction.message?.id) {
        if (method === 'GET') return reply(200, interaction.message);
        if (method === 'PATCH') {
          interaction.message = messageFrom(this.world, { ...interaction.message, ...(body as Record<string, unknown>) }, interaction.message?.id as string);
          this.exchange(interaction, 'edit', body as Exchange['body']);
          return reply(200, interaction.message);
        }
        if (method === 'DELETE') {
          interaction.message = null;
          this.exchange(interaction, 'delete', {});
          return reply(204);
        }
      }
      return reply(404, { message: 'Unknown Message', code: 10008 });
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  /** The interaction was deferred (type 5) and neither its "thinking…" was edited nor removed yet. */
  private stillThinking(interaction: InteractionRecord): boolean {
    const first = interaction.exchanges[0];
    if (first?.kind !== 'callback' || first.body.type !== 5 || interaction.message === null) return false;
    return !interaction.exchanges.some((e) => e.kind === 'edit' || e.kind === 'delete' || e.kind === 'followup');
  }

  private show(interaction: InteractionRecord, message: Record<string, unknown>, deferred: boolean): void {
    interaction.shown.push({ id: message.id as string, ephemeral: ((message.flags as number) & 64) === 64, deferred });
  }

  private exchange(interaction: InteractionRecord, kind: Exchange['kind'], body: Exchange['body']): void {
    interaction.exchanges.push({ kind, body });
    this.emit(`exchange:${interaction.id}`);
  }
}
