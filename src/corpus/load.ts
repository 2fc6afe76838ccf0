import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Logger } from '../log.js';
import { parseArticle, type InferredMeta } from './article.js';
import { decodeArticle } from './decode.js';
import { CorpusError } from './errors.js';
import { passagesOf } from './passages.js';
import { readRegularFile, type ReadRefusal } from './read-file.js';
import { parseSidecar, SIDECAR_SUFFIX, type SidecarMeta } from './sidecar.js';
import { countWords } from './text.js';
import type { Corpus, LoadWarning, LoadWarningCode, Passage, Source, SourceMeta } from './types.js';

/** File extensions read as plain-text articles. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text'];
/** Articles are a few kilobytes; a file above this is a mistake (a dump, a log) and is skipped. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** A sidecar holds a few fields. */
const MAX_SIDECAR_BYTES = 64 * 1024;

export interface LoadOptions {
  /** Each warning is also logged here at level warn. */
  logger?: Logger;
  /** Files larger than this are skipped with a warning (default 8 MiB). */
  maxFileBytes?: number;
}

const META_FIELDS = ['outlet', 'title', 'date', 'url', 'byline', 'dateline'] as const;

function mergeMeta(inferred: InferredMeta, sidecar: SidecarMeta): SourceMeta {
  const meta: SourceMeta = { ...inferred, url: null };
  for (const field of META_FIELDS) if (field in sidecar) meta[field] = sidecar[field] ?? null;
  return meta;
}

/** Same article whatever its furniture, spacing or quote style. */
function contentKey(passages: Passage[]): string {
  const normal = passages.map((p) => p.text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"')).join('\n');
  return createHash('sha256').update(normal).digest('hex');
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // Subfolders are not articles; one named like an article is reported (as are FIFOs, devices, sockets).
    return entries.filter((e) => !e.isDirectory() || ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())).map((e) => e.name).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError(`corpus folder "${dir}" does not exist (use --corpus DIR or set CORPUS_DIR)`);
    if (code === 'ENOTDIR') throw new CorpusError(`corpus "${dir}" is not a folder`);
    throw new CorpusError(`corpus folder "${dir}" cannot be read (${code ?? (error as Error).message})`);
  }
}

/** Why a file was not read, as its warning says it. */
function refusalReason(refusal: ReadRefusal, maxBytes: number): string {
  const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
  if (refusal.code === 'not-a-file') return `${refusal.reason}, not a regular file; skipped`;
  if (refusal.code === 'unreadable') return `cannot be read (${refusal.reason}); skipped`;
  return `${refusal.atLeast ? 'more than ' : ''}${mb(refusal.size)} MB is over the ${mb(maxBytes)} MB limit for one article; skipped`;
}

async function readSidecar(path: string): Promise<{ meta: SidecarMeta } | { problems: string[] }> {
  const read = await readRegularFile(path, MAX_SIDECAR_BYTES);
  if (!('bytes' in read)) return { problems: [refusalReason(read, MAX_SIDECAR_BYTES).replace(/; skipped$/, '')] };
  return parseSidecar(read.bytes.toString('utf8'));
}

/**
 * Reads every article of a corpus folder: cleans page furniture, finds metadata (sidecar first,
 * then the text), splits paragraphs and sentences. Bad files are skipped with one warning each;
 * only a missing or unreadable folder throws (CorpusError).
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const names = await listFolder(dir);
  const sources: Source[] = [];
  const passages: Passage[] = [];
  const warnings: LoadWarning[] = [];
  const warn = (name: string, code: LoadWarningCode, reason: string): void => {
    const warning = { file: join(dir, name), code, reason };
    warnings.push(warning);
    options.logger?.warn(warning, `corpus: ${name}: ${reason}`);
  };

  const nameSet = new Set(names);
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  const articleStems = new Set<string>();
  for (const name of names) {
    if (name.startsWith('.') || name.endsWith(SIDECAR_SUFFIX)) continue;
    const ext = extname(name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      warn(name, 'unsupported', `not a plain-text article (only ${ARTICLE_EXTENSIONS.join(', ')} files are read); ignored`);
      continue;
    }
    const stem = name.slice(0, -ext.length);
    articleStems.add(stem);
    const path = join(dir, name);

    const read = await readRegularFile(path, maxBytes);
    if (!('bytes' in read)) {
      warn(name, read.code, refusalReason(read, maxBytes));
      continue;
    }
    const { bytes } = read;
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      warn(name, decoded.code, `${decoded.reason}; skipped`);
      continue;
    }
    if (decoded.warning) warn(name, decoded.warning.code, decoded.warning.reason);
    const { text } = decoded;

    const parsed = parseArticle(text);
    // Ids are file names without extension; "a.txt" next to "a.md" keeps the extension to stay unique.
    const id = ids.has(stem) ? name : stem;
    const own = passagesOf(id, text, parsed.paragraphs);
    if (own.length === 0) {
      warn(name, 'no-paragraphs', `no article text left after removing page furniture (${parsed.furniture.length} furniture lines); skipped`);
      continue;
    }
    const key = contentKey(own);
    const original = seen.get(key);
    if (original !== undefined) {
      warn(name, 'duplicate', `same article text as ${original}; skipped`);
      continue;
    }
    seen.set(key, name);

    let sidecar: SidecarMeta = {};
    const sidecarName = stem + SIDECAR_SUFFIX;
    if (nameSet.has(sidecarName)) {
      const read = await readSidecar(join(dir, sidecarName));
      if ('meta' in read) sidecar = read.meta;
      else warn(sidecarName, 'bad-metadata', `sidecar ignored, metadata taken from the text: ${read.problems.join('; ')}`);
    }
    ids.add(id);
    passages.push(...own);
    sources.push({
      id,
      file: path,
      ...mergeMeta(parsed.meta, sidecar),
      paragraphs: own.length,
      words: own.reduce((sum, p) => sum + countWords(p.text), 0),
    });
  }
  for (const name of names) {
    if (name.endsWith(SIDECAR_SUFFIX) && !articleStems.has(name.slice(0, -SIDECAR_SUFFIX.length))) {
      warn(name, 'orphan-metadata', `sidecar without an article (expected ${name.slice(0, -SIDECAR_SUFFIX.length)}.txt); ignored`);
    }
  }
  return { dir, sources, passages, warnings };
}
