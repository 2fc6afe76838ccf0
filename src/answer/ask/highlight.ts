import type { Token } from '../../index/analyzer.js';

/** Character ranges of the tokens whose term is wanted, touching ranges joined (for bold highlighting). */
export function highlightRanges(tokens: readonly Token[], wanted: ReadonlySet<string>, text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    if (!wanted.has(token.term)) continue;
    const last = ranges[ranges.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], token.start))) last[1] = token.end;
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}
