import type { Engine } from '../src/answer/types.js';

const MAX_PREFIXES = 80;

/** What people type into the speaker option: every letter, then the first 1–4 characters of each known speaker, either case. */
export function autocompletePrefixes(engine: Engine): string[] {
  const prefixes = new Set<string>(['', ...'abcdefghijklmnopqrstuvwxyz']);
  for (const { speaker } of engine.speakers('')) {
    for (let length = 1; length <= 4; length++) {
      prefixes.add(speaker.slice(0, length));
      prefixes.add(speaker.slice(0, length).toLowerCase());
    }
  }
  return [...prefixes].slice(0, MAX_PREFIXES);
}
