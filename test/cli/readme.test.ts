import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const README = readFileSync('README.md', 'utf8');

describe('the README front page', () => {
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
    const { code, stdout } = await runCli('--corpus', 'corpus', 'ask', question!);
    expect(code).toBe(0);
    expect(shown).toBe(stdout.trimEnd());
  });
});
