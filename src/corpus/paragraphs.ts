import type { KindedLine, LineKind, Wrapping } from './line-kinds.js';
import { ENDS_SENTENCE } from './text.js';

/** One logical paragraph or furniture line: consecutive lines of one block joined when they wrap. */
export interface Unit {
  kind: LineKind;
  lines: KindedLine[];
  start: number;
  end: number;
  /** Whitespace-collapsed text of all its lines. */
  clean: string;
  words: number;
  /** Stretches of the file inside [start, end) that are not its text: a photo caption that interrupted it. */
  gaps?: Array<{ start: number; end: number }>;
}

/** Whether line `b` continues the paragraph of line `a` (same block, both prose). */
function continues(a: KindedLine, b: KindedLine, wrap: Wrapping): boolean {
  const finished = ENDS_SENTENCE.test(a.clean);
  if (!finished && /^\p{Ll}/u.test(b.clean)) return true;
  if (!wrap.hard) return false;
  if (!finished) return true;
  // The classic test for hard wrapping: had the next word fitted on this line, the break was deliberate.
  const nextWord = b.clean.split(' ', 1)[0]!.length;
  return a.clean.length + 1 + nextWord > wrap.width;
}

/** Groups lines into units: prose lines join into paragraphs, every other line stands alone. */
export function groupUnits(lines: KindedLine[], wrap: Wrapping): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    const last = units.at(-1);
    const lastLine = last?.lines.at(-1);
    if (last && lastLine && last.kind === 'content' && line.kind === 'content' && lastLine.block === line.block && continues(lastLine, line, wrap)) {
      last.lines.push(line);
      last.end = line.end;
      last.clean = `${last.clean} ${line.clean}`;
      last.words += line.words;
    } else {
      units.push({ kind: line.kind, lines: [line], start: line.start, end: line.end, clean: line.clean, words: line.words });
    }
  }
  return units;
}

const CAPTION_KINDS: ReadonlySet<LineKind> = new Set(['caption', 'credit']);

/**
 * A photo caption set inside a paragraph ("… said the troops would" / caption, credit / "stay, she said.")
 * does not split it: a paragraph stopped mid-sentence and continued in lowercase after captions is one
 * unit, the captions its gap (they stay in the list, to be dropped as furniture).
 */
export function joinAcrossCaptions(units: Unit[]): Unit[] {
  const joined: Unit[] = [];
  const taken = new Set<Unit>();
  units.forEach((unit, i) => {
    if (taken.has(unit)) return;
    joined.push(unit);
    if (unit.kind !== 'content' || ENDS_SENTENCE.test(unit.clean)) return;
    let j = i + 1;
    while (j < units.length && CAPTION_KINDS.has(units[j]!.kind)) j++;
    const next = units[j];
    if (j === i + 1 || !next || next.kind !== 'content' || !/^\p{Ll}/u.test(next.clean)) return;
    taken.add(next);
    Object.assign(unit, {
      lines: [...unit.lines, ...next.lines],
      gaps: [...(unit.gaps ?? []), { start: unit.end, end: next.start }, ...(next.gaps ?? [])],
      end: next.end,
      clean: `${unit.clean} ${next.clean}`,
      words: unit.words + next.words,
    });
  });
  return joined;
}
