import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DevSet {
  answerable: Array<{ q: string; gold: string[] }>;
  unanswerable: string[];
  boilerplate_never_returned: string[];
}

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The dev questions: STORYBOT_DEV_QUESTIONS or --dev FILE overrides ../shared/eval/dev-questions.json. */
export function devSetPath(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--dev');
  const chosen = (flag >= 0 ? argv[flag + 1] : undefined) ?? process.env.STORYBOT_DEV_QUESTIONS;
  return chosen ? resolve(chosen) : resolve(REPO, '../shared/eval/dev-questions.json');
}

export function readDevSet(path: string): DevSet {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevSet>;
  return {
    answerable: parsed.answerable ?? [],
    unanswerable: parsed.unanswerable ?? [],
    boilerplate_never_returned: parsed.boilerplate_never_returned ?? [],
  };
}

/** Our own questions over the seeds, never used for tuning: a check against overfitting the dev set. */
export const HELD_OUT_PATH = resolve(REPO, 'scripts/eval/held-out-questions.json');

/** Gold phrases are compared case-insensitively after folding quotes, apostrophes, dashes and white space. */
export function foldForGold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
