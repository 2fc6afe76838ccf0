import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
 * term and word lists as newline-separated text, and JSON for the small structured parts.
 */
const FORMAT = 'storybot-index/2';
const MAGIC = Buffer.from(`${FORMAT}\n`, 'latin1');
const ALIGN = 8;

const ARRAYS = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
type ArrayType = keyof typeof ARRAYS;
type SectionType = ArrayType | 'text' | 'json';
type SectionValue = Uint32Array | Uint16Array | Uint8Array | string | unknown;
interface Section {
  name: string;
  type: SectionType;
  bytes: number;
}

interface Header {
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
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat(parts, size));
  renameSync(temporary, path);
  return size;
}

/** The sections of a snapshot file, each an independent copy (the file buffer is not kept alive). */
function readSections(file: Buffer): { header: Header; section: (name: string) => SectionValue } | { reason: string } {
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) {
    const older = /"format":"([^"]+)"|^([\w-]+\/\d+)\n/.exec(file.subarray(0, 64).toString('latin1'));
    return { reason: `snapshot format ${older?.[1] ?? older?.[2] ?? 'unknown'} is not ${FORMAT}` };
  }
  const headerLength = file.readUInt32LE(MAGIC.length);
  const header = JSON.parse(file.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  const where = new Map<string, { start: number; section: Section }>();
  let at = MAGIC.length + 4 + headerLength;
  for (const section of header.sections) {
    at += padding(at);
    where.set(section.name, { start: at, section });
    at += section.bytes;
  }
  if (at > file.length) return { reason: `snapshot is truncated (${file.length} of ${at} bytes)` };
  const section = (name: string): SectionValue => {
    const found = where.get(name);
    if (!found) throw new Error(`snapshot has no ${name} section`);
    const { start, section: { type, bytes } } = found;
    const raw = file.subarray(start, start + bytes);
    if (type === 'text') return raw.toString('utf8');
    if (type === 'json') return JSON.parse(raw.toString('utf8'));
    // Copied into an aligned buffer of its own.
    const copy = new Uint8Array(bytes);
    copy.set(raw);
    return new ARRAYS[type](copy.buffer);
  };
  return { header, section };
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/**
 * Loads a snapshot for these passages, or explains why it cannot be used. Orama is created with the
 * same tokenizer and components, then loaded (its `restore()` would drop the tokenizer).
 */
export function loadSnapshot(path: string, passages: readonly IndexedPassage[]): { index: PassageIndex; attachments: Record<string, unknown> } | { reason: string } {
  let read: ReturnType<typeof readSections>;
  try {
    read = readSections(readFileSync(path));
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
    const orama = OramaPassageIndex.load(postings, passages.map((p) => p.id), analyzer);
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
