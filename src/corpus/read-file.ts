import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a corpus file was not read: a special file, over the cap, or an error from the system. */
export type ReadRefusal =
  | { code: 'not-a-file'; reason: string }
  | { code: 'too-large'; size: number; atLeast: boolean }
  | { code: 'unreadable'; reason: string };

const CHUNK = 64 * 1024;

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes`, symlinks followed. The descriptor is opened
 * non-blocking (a FIFO cannot hang the open) and checked with fstat, so what is judged is what is
 * read; the read itself stops one byte past the cap, whatever the size stat() claims (0 for devices,
 * stale for a file that grows).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<{ bytes: Buffer } | ReadRefusal> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { code: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { code: 'not-a-file', reason: kindOf(stats) };
    if (stats.size > maxBytes) return { code: 'too-large', size: stats.size, atLeast: false };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { code: 'too-large', size: total, atLeast: true };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { code: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  } finally {
    await handle.close();
  }
}
