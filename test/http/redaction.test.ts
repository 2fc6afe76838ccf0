import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldC10b2tlbi12YWx1ZQ';
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ab';

function logged(write: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  write(createLogger('debug', { write: (line: string) => void lines.push(line) }));
  return lines.join('');
}

describe('interaction tokens in log lines', () => {
  it('are redacted from URLs, request bodies and error objects, however deeply nested', () => {
    const error = Object.assign(new Error(`Request to https://discord.com/api/v10/interactions/1234567890123456789/${TOKEN}/callback failed`), {
      url: `https://discord.com/api/v10/webhooks/1234567890123456789/${TOKEN}/messages/%40original`,
      requestBody: { json: { token: TOKEN, content: 'hi' }, raw: JSON.stringify({ data: { token: TOKEN } }) },
    });
    const out = logged((logger) => {
      logger.error({ err: error }, 'interaction failed');
      logger.warn({ deep: { a: { b: { c: { token: TOKEN } } } }, body: `{"type":2,"token":"${TOKEN}"}` }, 'request');
      logger.info(`PATCH /webhooks/1234567890123456789/${TOKEN}?wait=true`);
      logger.info({ headers: `Authorization: Bot ${BOT_TOKEN}` }, 'headers');
    });
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(BOT_TOKEN);
    expect(out).toContain('/webhooks/1234567890123456789/[redacted]/messages');
    expect(out).toContain('/interactions/1234567890123456789/[redacted]/callback');
    // What is not a secret stays readable.
    expect(out).toContain('"content":"hi"');
  });
});
