import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** storybot's own folder: the nearest package.json above this module (src/ in a checkout, dist/src/ when installed). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('storybot: cannot find its package.json');
    dir = parent;
  }
  return dir;
}

const ROOT = packageRoot();

/** The version in package.json, for `storybot --version`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The articles that ship with storybot: the corpus when neither --corpus, CORPUS_DIR nor ./corpus says otherwise. */
export const BUNDLED_CORPUS = join(ROOT, 'corpus');
