import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { CliError } from '../../src/transport/cli/context.js';
import { run } from '../../src/transport/cli/quote.js';

async function quote(...args: string[]): Promise<string> {
  let out = '';
  const context = {
    config: parseConfig({ CORPUS_DIR: 'corpus' }),
    logger: createLogger('fatal', { write: () => undefined }),
    out: (text: string) => void (out += text),
    stdin: process.stdin,
  };
  expect(await run(args, context)).toBe(0);
  return out;
}

describe('storybot quote', () => {
  it('prints one JSON line: the quote, its speaker, role and variants, each cited', async () => {
    const out = await quote('sovereignty is not for sale', '--json');
    expect(out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out) as { query: string; quotes: Array<Record<string, unknown> & { variants: unknown[] }> };
    expect(json.query).toBe('sovereignty is not for sale');
    expect(json.quotes[0]).toMatchObject({ text: 'Sovereignty is not for sale.', speaker: 'Claudia Sheinbaum', sourceId: '000_93455575c53b0e54' });
    expect(Object.keys(json.quotes[0]!)).toEqual(expect.arrayContaining(['text', 'speaker', 'role', 'sourceId', 'passageId', 'variants']));
    expect(json.quotes[0]!.variants.length).toBeGreaterThan(0);
  });

  it('lists one speaker’s quotes with only --speaker', async () => {
    const json = JSON.parse(await quote('--speaker', 'hewitt', '--json')) as { quotes: Array<{ speaker: string }> };
    expect(json.quotes.length).toBeGreaterThan(0);
    expect(json.quotes.every((q) => q.speaker === 'James Hewitt')).toBe(true);
  });

  it('lists speakers with quote counts', async () => {
    const json = JSON.parse(await quote('--speakers', '--json')) as { speakers: Array<{ speaker: string; quotes: number }> };
    expect(json.speakers.map((s) => s.speaker)).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Donald Trump', 'Anna Kelly', 'James Hewitt']));
    expect(await quote('--speakers')).toMatch(/Claudia Sheinbaum\s+Mexican President\s+\d+/);
  });

  it('shows people the quote with its citation and other renderings', async () => {
    const out = await quote('sovereignty is not for sale');
    expect(out).toContain('“Sovereignty is not for sale.”');
    // Cited by outlet and paragraph, never by file id.
    expect(out).toContain('— Claudia Sheinbaum, Mexican President · The Daily Beast ¶1');
    expect(out).toContain('Other renderings:');
    expect(out).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it('refuses a call with nothing to look for', async () => {
    await expect(quote()).rejects.toBeInstanceOf(CliError);
  });
});
