/**
 * The signed interactions the HTTP benchmark sends, built before the timed phases: signing is the
 * sender's (Discord's) work, not the endpoint's, so the load generator does not spend the shared
 * cores on it while measuring. Each request is complete HTTP/1.1 bytes, ready to write.
 */
import { randomBytes, sign, type KeyObject } from 'node:crypto';

export const APPLICATION_ID = '100000000000000001';
export const INTERACTIONS = ['ask', 'sources', 'ping'] as const;
export type BenchInteraction = (typeof INTERACTIONS)[number];

export interface SignedRequest {
  /** Which question (index into the questions) this request asks; 0 for ping and sources. */
  question: number;
  bytes: Buffer;
}

/** The verifier refuses timestamps this old (src/transport/http/verify.ts): requests are re-signed well before. */
export const SIGNATURE_LIFETIME_MS = 4 * 60 * 1000;

function interactionBody(kind: BenchInteraction, i: number, question: string): string {
  const data =
    kind === 'ask'
      ? { id: '600000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] }
      : { id: '600000000000000002', name: 'sources', type: 1, options: [] };
  return JSON.stringify({
    id: String(200000000000000000n + BigInt(i)),
    application_id: APPLICATION_ID,
    type: kind === 'ping' ? 1 : 2,
    // Each interaction has its own token, as Discord's do.
    token: randomBytes(48).toString('base64url'),
    version: 1,
    guild_id: '300000000000000001',
    channel_id: '400000000000000001',
    member: { user: { id: String(500000000000000000n + BigInt(i)), username: `user${i}` } },
    data,
  });
}

/**
 * `count` distinct interactions (ids, users and tokens differ), each signed with the private key
 * over `timestamp + body` at the current second, as Discord signs them.
 */
export function signedRequests(kind: BenchInteraction, questions: readonly string[], count: number, privateKey: KeyObject): SignedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const question = kind === 'ask' ? i % questions.length : 0;
    const body = Buffer.from(interactionBody(kind, i, questions[question] ?? ''));
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const head =
      'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
      `x-signature-ed25519: ${signature}\r\nx-signature-timestamp: ${timestamp}\r\ncontent-length: ${body.length}\r\n\r\n`;
    return { question, bytes: Buffer.concat([Buffer.from(head, 'latin1'), body]) };
  });
}
