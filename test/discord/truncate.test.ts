import { describe, expect, it } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from '../../src/render/discord/markdown.js';
import { ELLIPSIS, truncate } from '../../src/render/discord/truncate.js';

/** Markers outside escapes and links, to check that every opened one is closed. */
function unbalancedMarkers(text: string): string[] {
  const open: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    const marker = ['**', '~~', '||', '*'].find((m) => text.startsWith(m, i));
    if (marker) {
      if (open.at(-1) === marker) open.pop();
      else open.push(marker);
      i += marker.length;
    } else i++;
  }
  return open;
}

/** True when every unescaped `[` starts a complete `[text](url)`. */
function linksWhole(text: string): boolean {
  const unescaped = text.replace(/\\./g, '');
  const opens = (unescaped.match(/\[/g) ?? []).length;
  const whole = (unescaped.match(/\[[^\]]*\]\([^)]*\)/g) ?? []).length;
  return opens === whole;
}

// A deterministic generator of Discord markdown like the renderers produce.
function* samples(): Generator<string> {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const words = ['Sheinbaum', 'said', 'the', 'offer', 'of', 'troops', 'was', 'refused.', 'Sovereignty', 'is', 'not', 'for', 'sale!', '“quoted”', 'a_b', '😀x'];
  for (let n = 0; n < 60; n++) {
    const parts: string[] = [];
    for (let w = 0; w < 20 + random(60); w++) {
      const word = escapeMarkdown(words[random(words.length)]!);
      const kind = random(10);
      if (kind === 0) parts.push(`**${word}**`);
      else if (kind === 1) parts.push(`[${word} ${word}](https://example.com/${word.length})`);
      else if (kind === 2) parts.push(`*${word}*`);
      else parts.push(word);
    }
    yield parts.join(' ');
  }
}

describe('truncate', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('short **bold**', 50)).toBe('short **bold**');
  });

  it('cuts at a sentence end near the limit, with an ellipsis', () => {
    const text = 'The first sentence is here. The second one goes on and on and on for quite a while.';
    expect(truncate(text, 40)).toBe(`The first sentence is here.${ELLIPSIS}`);
  });

  it('otherwise cuts at a word boundary, never inside a word', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    const cut = truncate(text, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toBe(' ');
  });

  it('closes bold it cut through instead of leaving a marker open', () => {
    const cut = truncate('Some words **the bold part goes on for a long time** and more after it', 35);
    expect(cut.length).toBeLessThanOrEqual(35);
    expect(cut).toMatch(/\*\*$/);
    expect(unbalancedMarkers(cut)).toEqual([]);
  });

  it('keeps a link whole or leaves it out', () => {
    const cut = truncate('Read it here: [a very long headline of the article](https://example.com/story) today', 40);
    expect(cut).toBe(`Read it here:${ELLIPSIS}`);
  });

  it('never leaves half an escape or half a character', () => {
    expect(truncate('abc\\*\\*\\*\\*\\*', 6)).not.toMatch(/(^|[^\\])\\…/);
    expect(truncate('😀😀😀😀😀', 4)).toBe(`😀${ELLIPSIS}`);
  });

  it('for every length, generated markdown stays within it, balanced and with whole links', () => {
    for (const text of samples()) {
      for (let max = 5; max < text.length; max += 7) {
        const cut = truncate(text, max);
        expect(cut.length, `${max}: ${cut}`).toBeLessThanOrEqual(max);
        expect(unbalancedMarkers(cut), cut).toEqual([]);
        expect(linksWhole(cut), cut).toBe(true);
      }
    }
  });
});

describe('escapeMarkdown', () => {
  it('neutralises mass mentions and user, role and channel mentions', () => {
    const escaped = escapeMarkdown('@everyone @here <@123456789012345678> <@&1> <#2>');
    expect(escaped).not.toMatch(/@everyone|@here/);
    expect(escaped).not.toMatch(/(?<!\\)</);
  });

  it('escapes formatting, links and line-start markers', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||sp|| [l](u)')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\[l\\]\\(u\\)');
    expect(escapeMarkdown('# heading\n> quote\n- item\n1. first')).toBe('\\# heading\n\\> quote\n\\- item\n1\\. first');
  });

  it('round-trips through unescapeMarkdown', () => {
    for (const text of ['What about **this** and @everyone?', 'a\\b [c](d) <@1> # x', '- list\n> quote']) {
      expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
    }
  });
});
