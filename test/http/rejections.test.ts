import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFromHex } from '../../src/transport/http/verify.js';
import { startEndpoint, type Endpoint } from './harness.js';
import { commandInteraction, pingInteraction } from './payloads.js';
import { createSigner } from './signing.js';

// Only requests Discord signed, recently, may do anything; everything else is refused before parsing.
describe('HTTP interactions: verification and rejections', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ commands: [], maxBodyBytes: 64 * 1024 });
  });
  afterAll(() => endpoint.close());

  const now = (): number => Math.floor(Date.now() / 1000);

  it('answers a signed PING with PONG', async () => {
    const reply = await endpoint.post(pingInteraction());
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ type: 1 });
    expect(reply.headers['content-type']).toBe('application/json');
  });

  it('refuses a request without signature headers: 401', async () => {
    const reply = await endpoint.send('POST', '/interactions', JSON.stringify(pingInteraction()), { 'content-type': 'application/json' });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: 'missing signature' });
  });

  it('refuses a malformed signature or timestamp: 401', async () => {
    const body = JSON.stringify(pingInteraction());
    const good = endpoint.signer.headers(body);
    for (const headers of [
      { ...good, 'x-signature-ed25519': 'not-hex' },
      { ...good, 'x-signature-ed25519': good['x-signature-ed25519']!.slice(2) },
      { ...good, 'x-signature-timestamp': 'yesterday' },
    ]) {
      const reply = await endpoint.send('POST', '/interactions', body, headers);
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: 'malformed signature' });
    }
  });

  it('refuses a signature from another key, or over other bytes: 401', async () => {
    const body = JSON.stringify(pingInteraction());
    const forged = await endpoint.send('POST', '/interactions', body, createSigner().headers(body));
    expect(forged.status).toBe(401);
    expect(forged.json).toEqual({ error: 'bad signature' });

    // Signed, then altered in transit: one byte of the body changed, or the timestamp.
    const headers = endpoint.signer.headers(body);
    const tampered = await endpoint.send('POST', '/interactions', body.replace('"type":1', '"type":2'), headers);
    expect(tampered.status).toBe(401);
    const retimed = await endpoint.send('POST', '/interactions', body, { ...headers, 'x-signature-timestamp': String(now() - 1) });
    expect(retimed.status).toBe(401);
  });

  it('refuses a replay: correctly signed more than five minutes ago, or far in the future: 401', async () => {
    const stale = await endpoint.post(pingInteraction(), now() - 5 * 60 - 5);
    expect(stale.status).toBe(401);
    expect(stale.json).toEqual({ error: 'stale timestamp' });
    const future = await endpoint.post(pingInteraction(), now() + 10 * 60);
    expect(future.status).toBe(401);
    // Within the window it is accepted.
    expect((await endpoint.post(pingInteraction(), now() - 4 * 60)).status).toBe(200);
  });

  it('refuses a body over the limit as declared: 413', async () => {
    const body = JSON.stringify({ ...pingInteraction(), padding: 'x'.repeat(70 * 1024) });
    const reply = await endpoint.send('POST', '/interactions', body, endpoint.signer.headers(body));
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
  });

  it('refuses an oversized chunked body as it streams, without waiting for its end: 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: endpoint.port, method: 'POST', path: '/interactions', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
      // 80 KiB in 8 KiB chunks, and the request is never ended: only a streaming check can answer.
      for (let i = 0; i < 10; i++) req.write(Buffer.alloc(8 * 1024, 0x20));
    });
    expect(status).toBe(413);
  });

  it('refuses a signed body that is not JSON, or not an interaction: 400', async () => {
    for (const body of ['{"type":1', 'null', '[]', '{"type":"1"}', JSON.stringify({ type: 2, id: '1' })]) {
      const reply = await endpoint.send('POST', '/interactions', body, endpoint.signer.headers(body));
      expect(reply.status, body).toBe(400);
    }
  });

  it('checks the signature before reading the body: an unsigned malformed body is 401, not 400', async () => {
    const reply = await endpoint.send('POST', '/interactions', '{"type":', { 'content-type': 'application/json' });
    expect(reply.status).toBe(401);
  });

  it('answers wrong paths with 404 and wrong methods with 405', async () => {
    expect((await endpoint.send('GET', '/')).status).toBe(404);
    expect((await endpoint.send('POST', '/interaction')).status).toBe(404);
    const get = await endpoint.send('GET', '/interactions');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await endpoint.send('POST', '/healthz')).status).toBe(405);
  });

  it('reports health on GET /healthz', async () => {
    const reply = await endpoint.send('GET', '/healthz');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
  });

  it('logs one line per request with status and milliseconds, never the interaction token', async () => {
    const interaction = commandInteraction('ask', [{ name: 'question', value: 'anything' }]);
    await endpoint.post(interaction);
    const lines = endpoint.logs().filter((line) => line.msg === 'request');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      expect(typeof line.status).toBe('number');
      expect(typeof line.ms).toBe('number');
    }
    expect(lines.find((line) => line.id === interaction.id)).toMatchObject({ status: 200, interaction: 'command', command: 'ask' });
    expect(endpoint.rawLogs()).not.toContain(interaction.token);
  });
});

describe('the public key, checked at start-up', () => {
  it('accepts a real Ed25519 key and refuses malformed or degenerate ones', () => {
    expect(() => publicKeyFromHex(createSigner().publicKeyHex)).not.toThrow();
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hexadecimal/);
    // All zeros is a small-order point: with it, the all-zero signature verifies for any message.
    expect(() => publicKeyFromHex('0'.repeat(64))).toThrow(/degenerate/);
  });
});
