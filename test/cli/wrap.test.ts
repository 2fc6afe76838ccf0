import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/terminal/table.js';
import { shorten, visibleLength, wrap } from '../../src/render/terminal/wrap.js';

const TEXT =
  'The harbour committee met on Tuesday evening and agreed, after a long and sometimes heated debate about mooring fees, to postpone the vote until the spring.';

describe('wrap', () => {
  it.each([40, 60, 80])('keeps every line within %i columns and every word whole', (width) => {
    const lines = wrap(TEXT, width, { first: '1. ', indent: '   ' }).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    expect(lines[0]).toMatch(/^1\. The/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {3}\S/);
    expect(lines.map((line) => line.trim()).join(' ').replace(/^1\. /, '')).toBe(TEXT);
  });

  it('fills lines: a line is broken only where the next word would not fit', () => {
    const lines = wrap(TEXT, 50).split('\n');
    for (let i = 0; i + 1 < lines.length; i++) expect(lines[i]!.length + 1 + lines[i + 1]!.split(' ')[0]!.length).toBeGreaterThan(50);
  });

  it('puts a word longer than the line (an address) on its own line, uncut', () => {
    const url = `https://example.org/${'long-path-segment-'.repeat(5)}end`;
    const lines = wrap(`See ${url} for details`, 40).split('\n');
    expect(lines).toEqual(['See', url, 'for details']);
  });

  it('measures styled text by what shows: ANSI codes take no columns', () => {
    const bold = (word: string) => `\u001b[1m${word}\u001b[22m`;
    const styled = TEXT.split(' ').map((word, i) => (i % 3 === 0 ? bold(word) : word)).join(' ');
    const plainLines = wrap(TEXT, 45).split('\n');
    const styledLines = wrap(styled, 45).split('\n');
    expect(styledLines.map(visibleLength)).toEqual(plainLines.map((line) => line.length));
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(shorten('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(shorten('short', 20)).toBe('short');
  });
});

describe('renderTable with a width', () => {
  const rows = [
    ['1', '2024-03-01', 'The Northern Evening Chronicle and Gazette', 'Harbour committee postpones the vote on mooring fees until spring', '12'],
    ['2', '2024-03-02', 'Coastal Radio', 'Fees stay as they are for now', '4'],
  ];
  const options = { align: ['right', 'left', 'left', 'left', 'right'] as const, maxWidth: [undefined, undefined, 36, 60, undefined] };

  it('shrinks the limited columns until the table fits, keeping the others whole', () => {
    const lines = renderTable(['#', 'DATE', 'OUTLET', 'HEADLINE', 'PARAS'], rows, { ...options, align: [...options.align], width: 70 }).split('\n');
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(70);
    expect(lines[1]).toContain('2024-03-01');
    expect(lines[1]).toMatch(/…/);
    expect(lines[2]).toContain('Coastal Radio');
  });

  it('without a width, only the column limits apply', () => {
    const wide = renderTable(['#', 'DATE', 'OUTLET', 'HEADLINE', 'PARAS'], rows, { ...options, align: [...options.align] }).split('\n');
    expect(Math.max(...wide.map((line) => line.length))).toBeGreaterThan(80);
  });
});
