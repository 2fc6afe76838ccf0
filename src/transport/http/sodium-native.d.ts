// sodium-native ships no type declarations; this is the one function the endpoint uses.
declare module 'sodium-native' {
  const sodium: {
    /** libsodium's Ed25519 verification of a detached 64-byte signature with a raw 32-byte public key. */
    crypto_sign_verify_detached(signature: Buffer, message: Buffer, publicKey: Buffer): boolean;
  };
  export default sodium;
}
