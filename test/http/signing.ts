import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A real Ed25519 key pair, as Discord holds for an application: the private half signs test requests. */
export interface Signer {
  /** The raw 32-byte public key as 64 hex characters: what DISCORD_PUBLIC_KEY holds. */
  publicKeyHex: string;
  /** The headers Discord sends with a request body signed at `timestampSeconds`. */
  headers(body: string | Buffer, timestampSeconds?: number): Record<string, string>;
}

export function createSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyHex: rawPublicKeyHex(publicKey),
    headers(body, timestampSeconds = Math.floor(Date.now() / 1000)) {
      const timestamp = String(timestampSeconds);
      const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
      return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
    },
  };
}

function rawPublicKeyHex(key: KeyObject): string {
  // The SPKI DER of an Ed25519 key ends with the 32 raw key bytes.
  return key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
}
