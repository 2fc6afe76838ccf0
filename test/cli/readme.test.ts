import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/transport/cli/main.js';

const README = readFileSync('README.md', 'utf8');

describe('the README front page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is short: under 150 lines, with the generated picture', () => {
    expect(README.split('\n').length).toBeLessThan(150);
    expect(README).toMatch(/!\[[^\]]+\]\(docs\/ask-reply\.png\)/);
    for (const [, page] of README.matchAll(/\]\((docs\/[\w-]+\.md)\)/g)) expect(() => readFileSync(page!)).not.toThrow();
  });

  it('shows exactly what its quick-start command prints', async () => {
    const question = /npx storybot ask "([^"]+)"\n/.exec(README)?.[1];
    expect(question).toBeDefined();
    // The code block after the quick start's is its output: [rest of the command block, prose, output, …].
    const shown = README.slice(README.indexOf(`npx storybot ask "${question}"`)).split('\n```')[2]?.replace(/^\n/, '');
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    expect(await main(['--corpus', 'corpus', 'ask', question!])).toBe(0);
    vi.restoreAllMocks();
    expect(shown).toBe(stdout.trimEnd());
  });
});
