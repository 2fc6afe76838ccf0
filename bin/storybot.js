#!/usr/bin/env node
// Installed from the package, storybot runs the compiled dist/ (built by `prepack`). In a checkout
// (src/ next to bin/) with the dev dependencies, it runs the TypeScript sources through tsx: no build
// step after `npm install`, and never a stale dist/. `npm run build` serves a checkout without them.
import { existsSync } from 'node:fs';

const sources = new URL('../src/transport/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/src/transport/cli/main.js', import.meta.url);

async function loadMain() {
  if (existsSync(sources)) {
    const tsx = await import('tsx/esm/api').catch(() => null);
    if (tsx) {
      tsx.register();
      return import(sources.href);
    }
  }
  if (existsSync(compiled)) return import(compiled.href);
  process.stderr.write('storybot: dist/ is missing: run `npm run build` (or `npm install` for the dev dependencies)\n');
  process.exit(1);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
