import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RawData } from '@orama/orama';
import { Analyzer } from './analyzer.js';
import { ExpansionTable, type Expansion } from './expansion.js';
import { OramaPassageIndex } from './orama.js';
import { PassageIndex, type IndexedPassage } from './passage-index.js';
import { Vocabulary } from './vocabulary.js';

const FORMAT = 'storybot-index/1';

interface SnapshotFile {
  format: typeof FORMAT;
  /** Hash of the passages' ids and texts: a snapshot of another corpus (or other loader rules) is not used. */
  fingerprint: string;
  stem: boolean;
  passageIds: string[];
  orama: RawData;
  vocabulary: Array<[string, number]>;
  expansions: Array<[string, readonly Expansion[]]>;
}

export function fingerprint(passages: readonly IndexedPassage[]): string {
  const hash = createHash('sha256');
  for (const passage of passages) hash.update(passage.id).update('\0').update(passage.text).update('\0');
  return hash.digest('hex');
}

/** Writes the index (Orama's data plus our vocabulary and synonym table) as one JSON file. */
export function saveSnapshot(path: string, index: PassageIndex, passages: readonly IndexedPassage[]): number {
  const file: SnapshotFile = {
    format: FORMAT,
    fingerprint: fingerprint(passages),
    stem: index.analyzer.stem,
    passageIds: passages.map((p) => p.id),
    orama: index.orama.save(),
    vocabulary: index.vocabulary.entries(),
    expansions: index.expansions.entries(),
  };
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(file);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/**
 * Loads a snapshot for these passages, or explains why it cannot be used. Orama is created with the
 * same tokenizer and then loaded (its `restore()` would drop the tokenizer).
 */
export function loadSnapshot(path: string, passages: readonly IndexedPassage[]): { index: PassageIndex } | { reason: string } {
  let file: SnapshotFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
  } catch (error) {
    return { reason: `unreadable snapshot: ${(error as Error).message}` };
  }
  if (file.format !== FORMAT) return { reason: `snapshot format ${String(file.format)} is not ${FORMAT}` };
  if (file.fingerprint !== fingerprint(passages)) return { reason: 'snapshot was built from other passages' };
  const analyzer = new Analyzer({ stem: file.stem });
  const orama = OramaPassageIndex.load(file.orama, file.passageIds, analyzer);
  const index = new PassageIndex(analyzer, orama, new Vocabulary(new Map(file.vocabulary)), new ExpansionTable(new Map(file.expansions)));
  return { index };
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
