export type Align = 'left' | 'right';

export interface TableOptions {
  /** Per column; default left. Numbers read better right-aligned. */
  align?: Align[];
  /** Per column: longer cells are cut with "…" (undefined = no limit). */
  maxWidth?: Array<number | undefined>;
  /** Between columns; default two spaces. */
  gap?: string;
}

function fit(cell: string, max: number | undefined): string {
  const flat = cell.replace(/\s+/g, ' ');
  return max !== undefined && flat.length > max ? `${flat.slice(0, Math.max(0, max - 1))}…` : flat;
}

/** Aligned plain-text table for people: a header row, then one row per entry. No trailing spaces. */
export function renderTable(header: string[], rows: string[][], options: TableOptions = {}): string {
  const gap = options.gap ?? '  ';
  const cells = [header, ...rows].map((row) => header.map((_, c) => fit(row[c] ?? '', options.maxWidth?.[c])));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, c) => (options.align?.[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join(gap)
        .trimEnd(),
    )
    .join('\n');
}
