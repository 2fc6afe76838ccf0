import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { findAllWordsIsStock } from './orama-find-all-words.js';

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
    orama_find_all_words: findAllWordsIsStock() ? 'linear (Set) swapped in; stock (Array.includes) in the unpatched column' : 'not the published one',
  };
}

export type Machine = ReturnType<typeof describeMachine>;
