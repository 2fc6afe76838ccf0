import { parseByline, parseDateLine, parseSeparatedByline } from './bylines.js';
import { findDate } from './dates.js';
import { matchDateline } from './dateline.js';
import { furnitureKind, type FurnitureKind } from './furniture.js';
import type { Line } from './lines.js';
import { collapseWhitespace, countWords, ENDS_SENTENCE } from './text.js';

export type LineKind = FurnitureKind | 'content' | 'heading' | 'byline' | 'date' | 'dateline';

/** A non-blank line with what it was recognised as. */
export interface KindedLine extends Line {
  /** The line with whitespace collapsed (non-breaking spaces included). */
  clean: string;
  words: number;
  kind: LineKind;
  /** Index of its block: lines with no blank line between them share one. */
  block: number;
  byline?: string | null;
  date?: string | null;
  updated?: boolean;
  datelineText?: string;
  agency?: string | null;
}

/** How the article's lines are wrapped: a hard-wrapped file breaks its paragraphs at a fixed width. */
export interface Wrapping {
  hard: boolean;
  width: number;
}

function classify(line: KindedLine): void {
  const { clean, words } = line;
  const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(clean);
  if (heading) {
    line.kind = 'heading';
    line.clean = heading[1]!;
    return;
  }
  const dateline = matchDateline(clean);
  if (dateline && dateline.length >= clean.length) {
    Object.assign(line, { kind: 'dateline', datelineText: dateline.text, agency: dateline.agency });
    return;
  }
  const byline = words <= 12 ? parseByline(clean) : null;
  if (byline) {
    Object.assign(line, { kind: 'byline', byline });
    return;
  }
  const dateLine = parseDateLine(clean, words) ?? parseSeparatedByline(clean, words);
  if (dateLine) {
    Object.assign(line, { kind: 'date', ...dateLine });
    return;
  }
  line.kind = furnitureKind(clean, words) ?? 'content';
}

function endsOnDate(text: string): boolean {
  const found = findDate(text);
  return found !== null && /^[\s.]*$/.test(text.slice(found.index + found.length));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Decides whether the text is hard-wrapped, from the lengths of its prose lines. */
function wrapping(lines: KindedLine[]): Wrapping {
  const content = lines.filter((l) => l.kind === 'content');
  const lengths = content.map((l) => l.clean.length);
  const multiLineBlock = content.some((l, i) => content[i + 1]?.block === l.block);
  // Wrapped lines mostly stop mid-sentence; short paragraphs one per line end on a full stop.
  const prose = content.filter((l) => l.words >= 6);
  const midSentence = prose.filter((l) => !ENDS_SENTENCE.test(l.clean)).length;
  const hard = content.length >= 3 && multiLineBlock && percentile(lengths, 0.9) <= 100 && prose.length > 0 && midSentence >= prose.length / 2;
  return { hard, width: Math.max(0, ...lengths.filter((n) => n <= 120)) };
}

const WEAK: ReadonlySet<LineKind> = new Set(['promo', 'prompt', 'credit', 'sourcing', 'comments', 'allcaps', 'byline', 'date', 'link']);

/** Classifies every non-blank line; `lines` are all lines of the file, blank ones included. */
export function kindLines(lines: Line[]): { lines: KindedLine[]; wrap: Wrapping } {
  const kinded: KindedLine[] = [];
  let block = 0;
  let previousBlank = true;
  for (const line of lines) {
    if (line.text === '') {
      previousBlank = true;
      continue;
    }
    if (previousBlank && kinded.length > 0) block++;
    previousBlank = false;
    const clean = collapseWhitespace(line.text);
    const entry: KindedLine = { ...line, clean, words: countWords(clean), kind: 'content', block };
    classify(entry);
    kinded.push(entry);
  }
  // A caption stands right above its photo credit ("… in Mexico City, April 2, 2025." / "Marco Ugarte/AP"),
  // in a small block of its own; where a whole article is one block (paragraphs on single lines), only
  // a line in caption style (ending on the photo's date) counts, so a body paragraph is never taken.
  const blockSizes = new Map<number, number>();
  for (const line of kinded) blockSizes.set(line.block, (blockSizes.get(line.block) ?? 0) + 1);
  for (let i = 1; i < kinded.length; i++) {
    const [above, line] = [kinded[i - 1]!, kinded[i]!];
    if (line.kind !== 'credit' || above.kind !== 'content' || above.block !== line.block || above.words > 60) continue;
    if (blockSizes.get(line.block)! <= 3 || endsOnDate(above.clean)) above.kind = 'caption';
  }
  const wrap = wrapping(kinded);
  if (wrap.hard) {
    // In wrapped text a line that follows an unfinished sentence continues it, whatever it looks like.
    for (let i = 1; i < kinded.length; i++) {
      const [above, line] = [kinded[i - 1]!, kinded[i]!];
      if (above.kind === 'content' && above.block === line.block && above.words >= 5 && !ENDS_SENTENCE.test(above.clean) && WEAK.has(line.kind)) {
        line.kind = 'content';
      }
    }
  }
  return { lines: kinded, wrap };
}
