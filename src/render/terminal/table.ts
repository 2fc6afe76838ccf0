import { shorten, visibleLength } from './wrap.js';

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Per column; default left. Numbers read better right-aligned. */
  align?: Align[];
  /**
   * Per column: longer cells are shortened at a word boundary with "…" (undefined = no limit). Only
   * columns with a limit give up room when the table is wider than `width`.
   */
  maxWidth?: Array<number | undefined>;
  /** The terminal's columns: limited columns shrink (the widest first, not below 8) to fit. */
  width?: number;
  /** Between columns; default two spaces. */
  gap?: string;
}

const NARROWEST = 8;

/** Column widths: each column's widest cell, capped by maxWidth, then the capped columns shrunk to fit `width`. */
function columnWidths(cells: string[][], options: TableOptions, gap: number): number[] {
  const widths = cells[0]!.map((_, c) => {
    const widest = Math.max(...cells.map((row) => visibleLength(row[c]!)));
    const max = options.maxWidth?.[c];
    return max === undefined ? widest : Math.min(widest, max);
  });
  if (options.width === undefined) return widths;
  const total = () => widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1);
  const flexible = widths.map((_, c) => c).filter((c) => options.maxWidth?.[c] !== undefined);
  while (total() > options.width) {
    const widest = flexible.filter((c) => widths[c]! > Math.max(NARROWEST, visibleLength(cells[0]![c]!))).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) break;
    widths[widest]!--;
  }
  return widths;
}

/** Aligned plain-text table for people: a header row, then one row per entry. No trailing spaces. */
export function renderTable(header: string[], rows: string[][], options: TableOptions = {}): string {
  const gap = options.gap ?? '  ';
  const cells = [header, ...rows].map((row) => header.map((_, c) => (row[c] ?? '').replace(/\s+/g, ' ')));
  const widths = columnWidths(cells, options, gap.length);
  return cells
    .map((row) =>
      row
        .map((cell, c) => {
          const fitted = shorten(cell, widths[c]!);
          const pad = ' '.repeat(Math.max(0, widths[c]! - visibleLength(fitted)));
          return options.align?.[c] === 'right' ? pad + fitted : fitted + pad;
        })
        .join(gap)
        .trimEnd(),
    )
    .join('\n');
}
