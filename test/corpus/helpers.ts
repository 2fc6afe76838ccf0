import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/corpus/types.js';

export const SEED_DIR = 'corpus';
export const FIXTURE_DIR = 'test/fixtures/articles';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'storybot-corpus-'));
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Passage texts of one source, in order. */
export function bodyOf(corpus: Corpus, sourceId: string): string[] {
  return corpus.passages.filter((p) => p.sourceId === sourceId).map((p) => p.text);
}

/** Sentence texts of one passage. */
export function sentencesOf(corpus: Corpus, passageId: string): string[] {
  const passage = corpus.passages.find((p) => p.id === passageId);
  if (!passage) throw new Error(`no passage ${passageId}`);
  return passage.sentences.map((s) => s.text);
}
