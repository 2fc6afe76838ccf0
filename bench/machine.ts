import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { findAllWordsIsPatched } from './orama-stock.js';

/** What the figures were measured on. */
export function describeMachine() {
  const require = createRequire(import.meta.url);
  const orama = require('@orama/orama/package.json') as { version: string };
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_bytes: totalmem(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    orama: orama.version,
    orama_find_all_words: findAllWordsIsPatched() ? 'patched (Set)' : 'stock (Array.includes)',
  };
}

export type Machine = ReturnType<typeof describeMachine>;
