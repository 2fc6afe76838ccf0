import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Analyzer } from './analyzer.js';
import { ExpansionTable, type Expansion } from './expansion.js';
import { OramaPassageIndex } from './orama.js';
import { PassageIndex, type IndexedPassage } from './passage-index.js';
import type { Counts, PostingsData } from './postings.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Binary snapshot: a text line naming the format, a little-endian u32 header length, a JSON header,
 * then sections at 8-byte boundaries: the postings' typed arrays as raw bytes (no parsing on load),
 * term and word lists as newline-separated text, and JSON for the small structured parts; last, a
 * SHA-256 of every byte before it, so that no flipped or missing byte is ever used.
 */
const FORMAT = 'storybot-index/3';
const MAGIC = Buffer.from(`${FORMAT}\n`, 'latin1');
/** Every snapshot format this project has written starts so (format 1 was JSON). */
const OWN_FILE = /^(?:storybot-index\/\d+\n|\{"format":"storybot-index\/)/;
const ALIGN = 8;
const CHECKSUM_BYTES = 32;

/** A snapshot cannot be written where asked: the path holds something the project did not create. */
export class SnapshotPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotPathError';
  }
}

const ARRAYS = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
type ArrayType = keyof typeof ARRAYS;
type SectionType = ArrayType | 'text' | 'json';
type SectionValue = Uint32Array | Uint16Array | Uint8Array | string | unknown;
interface Section {
  name: string;
  type: SectionType;
  bytes: number;
}

export interface Header {
  fingerprint: string;
  stem: boolean;
  averageLength: number;
  sections: Section[];
}

export function fingerprint(passages: readonly IndexedPassage[]): string {
  const hash = createHash('sha256');
  for (const passage of passages) hash.update(passage.id).update('\0').update(passage.text).update('\0');
  return hash.digest('hex');
}

const padding = (length: number): number => (ALIGN - (length % ALIGN)) % ALIGN;

function bytesOf(value: SectionValue, type: SectionType): Buffer {
  if (type in ARRAYS) {
    const array = value as Uint32Array | Uint16Array | Uint8Array;
    return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  }
  return Buffer.from(type === 'text' ? (value as string) : JSON.stringify(value), 'utf8');
}

/**
 * Writes the index (postings, vocabulary, synonym table) and `attachments` (JSON-safe data the caller
 * keeps beside it, such as the quote book), atomically: a half-written snapshot is never read.
 */
export function saveSnapshot(path: string, index: PassageIndex, passages: readonly IndexedPassage[], attachments: Record<string, unknown> = {}): number {
  const postings = index.orama.save();
  const vocabulary = index.vocabulary.entries();
  const values: Array<[string, SectionType, unknown]> = [
    ['offsets', 'u32', postings.offsets],
    ['documents', 'u32', postings.documents],
    ['counts', postings.counts instanceof Uint8Array ? 'u8' : 'u16', postings.counts],
    ['lengths', 'u32', postings.lengths],
    ['terms', 'text', postings.terms.join('\n')],
    ['words', 'text', vocabulary.map(([word]) => word).join('\n')],
    ['wordCounts', 'u32', Uint32Array.from(vocabulary, ([, count]) => count)],
    ['expansions', 'json', index.expansions.entries()],
    ['attachments', 'json', attachments],
  ];
  const bodies = values.map(([, type, value]) => bytesOf(value, type));
  const header: Header = {
    fingerprint: fingerprint(passages),
    stem: index.analyzer.stem,
    averageLength: postings.averageLength,
    sections: values.map(([name, type], i) => ({ name, type, bytes: bodies[i]!.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const parts: Buffer[] = [MAGIC, length, headerBytes];
  let size = MAGIC.length + 4 + headerBytes.length;
  for (const body of bodies) {
    parts.push(Buffer.alloc(padding(size)), body);
    size += padding(size) + body.length;
  }
  const body = Buffer.concat(parts, size);
  const file = Buffer.concat([body, createHash('sha256').update(body).digest()]);
  writeReplacing(path, file);
  return file.length;
}

/** Throws unless `path` is free or holds a snapshot this project wrote (never a directory, device, symlink or other file). */
function assertReplaceable(path: string): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new SnapshotPathError(`snapshot path "${path}" cannot be checked (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const refuse = (what: string) => new SnapshotPathError(`snapshot path "${path}" is ${what}, not a storybot snapshot: not replaced (remove it or set SNAPSHOT_PATH to a file)`);
  if (stats.isDirectory()) throw refuse('a directory');
  if (stats.isSymbolicLink()) throw refuse('a symbolic link');
  if (!stats.isFile()) throw refuse('a device or special file');
  const head = Buffer.alloc(64);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!OWN_FILE.test(head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1'))) throw refuse('another file');
  } finally {
    closeSync(fd);
  }
}

/** Writes `bytes` to a new file beside `path`, then renames it over `path`: a half-written snapshot is never read. */
function writeReplacing(path: string, bytes: Buffer): void {
  assertReplaceable(path);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // Exclusive creation: an existing file or symlink at the temporary name is never written through.
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Where each part of a snapshot file lies: the header's own bytes, each section's, the checksum's. */
export interface SnapshotLayout {
  header: Header;
  parts: Array<{ name: string; start: number; end: number }>;
}

/** The layout of a snapshot whose format line is ours (throws on a header that does not parse). */
export function snapshotLayout(file: Buffer): SnapshotLayout {
  const headerStart = MAGIC.length + 4;
  const headerLength = file.readUInt32LE(MAGIC.length);
  const header = JSON.parse(file.toString('utf8', headerStart, headerStart + headerLength)) as Header;
  const parts = [
    { name: 'format', start: 0, end: MAGIC.length },
    { name: 'header length', start: MAGIC.length, end: headerStart },
    { name: 'header', start: headerStart, end: headerStart + headerLength },
  ];
  let at = headerStart + headerLength;
  for (const section of header.sections) {
    at += padding(at);
    parts.push({ name: section.name, start: at, end: at + section.bytes });
    at += section.bytes;
  }
  parts.push({ name: 'checksum', start: at, end: at + CHECKSUM_BYTES });
  return { header, parts };
}

/** Why a file of our format cannot be trusted byte for byte, or null: the SHA-256 at its end covers all before it. */
function checksumProblem(file: Buffer): string | null {
  if (file.length < MAGIC.length + 4 + CHECKSUM_BYTES) return `snapshot is truncated (${file.length} bytes)`;
  const body = file.subarray(0, file.length - CHECKSUM_BYTES);
  const stored = file.subarray(file.length - CHECKSUM_BYTES);
  return createHash('sha256').update(body).digest().equals(stored) ? null : 'snapshot checksum does not match its contents (corrupted or truncated)';
}

/** The sections of a snapshot file, each an independent copy (the file buffer is not kept alive). */
function readSections(file: Buffer): { header: Header; section: (name: string) => SectionValue } | { reason: string } {
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) {
    const older = /"format":"([^"]+)"|^([\w-]+\/\d+)\n/.exec(file.subarray(0, 64).toString('latin1'));
    return { reason: `snapshot format ${older?.[1] ?? older?.[2] ?? 'unknown'} is not ${FORMAT}` };
  }
  const problem = checksumProblem(file);
  if (problem) return { reason: problem };
  const { header, parts } = snapshotLayout(file);
  if (parts.at(-1)!.end !== file.length) return { reason: `snapshot size ${file.length} is not the ${parts.at(-1)!.end} bytes its header describes` };
  const where = new Map(parts.map((part) => [part.name, part]));
  const types = new Map(header.sections.map((section) => [section.name, section.type]));
  const section = (name: string): SectionValue => {
    const found = where.get(name);
    const type = types.get(name);
    if (!found || !type) throw new Error(`snapshot has no ${name} section`);
    const raw = file.subarray(found.start, found.end);
    if (type === 'text') return raw.toString('utf8');
    if (type === 'json') return JSON.parse(raw.toString('utf8'));
    // Copied into an aligned buffer of its own.
    const copy = new Uint8Array(raw.length);
    copy.set(raw);
    return new ARRAYS[type](copy.buffer);
  };
  return { header, section };
}

/** The bytes of the snapshot at `path`, only if it is a regular file (a device or FIFO named by SNAPSHOT_PATH is never read). */
function readSnapshotFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/**
 * Loads a snapshot for these passages, or explains why it cannot be used. Orama is created with the
 * same tokenizer and components, then loaded (its `restore()` would drop the tokenizer).
 */
export function loadSnapshot(path: string, passages: readonly IndexedPassage[]): { index: PassageIndex; attachments: Record<string, unknown> } | { reason: string } {
  let read: ReturnType<typeof readSections>;
  try {
    read = readSections(readSnapshotFile(path));
  } catch (error) {
    return { reason: `unreadable snapshot: ${(error as Error).message}` };
  }
  if ('reason' in read) return read;
  const { header, section } = read;
  if (header.fingerprint !== fingerprint(passages)) return { reason: 'snapshot was built from other passages' };
  try {
    const postings: PostingsData = {
      terms: lines(section('terms') as string),
      offsets: section('offsets') as Uint32Array,
      documents: section('documents') as Uint32Array,
      counts: section('counts') as Counts,
      lengths: section('lengths') as Uint32Array,
      averageLength: header.averageLength,
    };
    if (postings.lengths.length !== passages.length + 1) return { reason: 'snapshot was built from other passages' };
    const analyzer = new Analyzer({ stem: header.stem });
    const orama = OramaPassageIndex.load(postings, passages, analyzer);
    const words = lines(section('words') as string);
    const wordCounts = section('wordCounts') as Uint32Array;
    const vocabulary = new Vocabulary(new Map(words.map((word, i) => [word, wordCounts[i]!])));
    const expansions = new ExpansionTable(new Map(section('expansions') as Array<[string, readonly Expansion[]]>));
    return { index: new PassageIndex(analyzer, orama, vocabulary, expansions), attachments: section('attachments') as Record<string, unknown> };
  } catch (error) {
    return { reason: `unreadable snapshot: ${(error as Error).message}` };
  }
}

/** Whether the snapshot exists and was written after every one of the files. */
export function snapshotIsFresh(path: string, files: readonly string[]): boolean {
  let written: number;
  try {
    written = statSync(path).mtimeMs;
  } catch {
    return false;
  }
  return files.every((file) => {
    try {
      return statSync(file).mtimeMs < written;
    } catch {
      return false;
    }
  });
}
