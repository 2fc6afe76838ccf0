import type { LoadWarningCode } from './types.js';

export type Decoded =
  | { ok: true; text: string; warning?: { code: LoadWarningCode; reason: string } }
  | { ok: false; code: LoadWarningCode; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Text that is not UTF-8 is almost always Windows-1252 (Latin-1 plus curly quotes, dashes and the like
// at 0x80–0x9F, as Windows tools save it). Node 20's TextDecoder treats that label as plain Latin-1, so
// the 0x80–0x9F block is mapped here (undefined bytes stay as their Latin-1 control character).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Share of control characters (other than tab, newlines, form feed) above which text is taken as binary. */
const CONTROL_SHARE = 0.05;

function controlShare(text: string): number {
  const sample = text.slice(0, 65_536);
  const controls = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Turns a file's bytes into text, or says why it is not an article. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'the file is empty' };
  let text: string;
  let warning: { code: LoadWarningCode; reason: string } | undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // A UTF-16 byte-order mark: valid text that happens to be full of NUL bytes.
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    if (bytes.includes(0)) return { ok: false, code: 'binary', reason: 'binary file (contains NUL bytes), not plain text' };
    try {
      text = utf8.decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      warning = { code: 'encoding', reason: 'not valid UTF-8; read as Windows-1252 (Latin-1): check the characters, or save the file as UTF-8' };
    }
  }
  if (controlShare(text) > CONTROL_SHARE) return { ok: false, code: 'binary', reason: 'binary file (full of control characters), not plain text' };
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'the file holds only whitespace' };
  return warning ? { ok: true, text, warning } : { ok: true, text };
}
