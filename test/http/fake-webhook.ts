import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to Discord's webhook API. */
export interface WebhookCall {
  method: string;
  /** Decoded path below the API base, e.g. `/v10/webhooks/APP/TOKEN/messages/@original`. */
  path: string;
  body: unknown;
  at: number;
}

/** A scripted answer for the next matching call, e.g. a 429 with retry-after. */
export interface ScriptedReply {
  /** `'hang'`: the call is never answered (a Discord that stopped responding). */
  status: number | 'hang';
  headers?: Record<string, string>;
  body?: unknown;
}

/** The webhook part of Discord's REST API, on 127.0.0.1: records calls, answers as Discord does. */
export async function startFakeWebhook() {
  const calls: WebhookCall[] = [];
  const script: ScriptedReply[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];

  const read = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : null;
  };

  const server = createServer(async (req, res) => {
    const body = await read(req);
    calls.push({ method: req.method ?? '', path: decodeURIComponent(req.url ?? ''), body, at: Date.now() });
    for (const waiter of waiters.filter((w) => calls.length >= w.count)) waiter.resolve();
    const scripted = script.shift();
    if (scripted?.status === 'hang') return;
    if (scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers }).end(JSON.stringify(scripted.body ?? {}));
      return;
    }
    if (req.method === 'DELETE') return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '500000000000000001', ...(body as object) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    calls,
    /** Answers the next calls with these replies, in order. */
    reply(...replies: ScriptedReply[]) {
      script.push(...replies);
    },
    /** Resolves once `count` calls have arrived (the test's own timeout bounds the wait). */
    waitForCalls(count: number): Promise<void> {
      if (calls.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
