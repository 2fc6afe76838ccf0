// ANSI styles (bold, underline) take no columns on the screen.
const STYLE = /\u001b\[[0-9;]*m/g;

/** The columns a string takes on a terminal (code points, styles excluded). */
export function visibleLength(text: string): number {
  return [...text.replace(STYLE, '')].length;
}

export interface WrapOptions {
  /** Put before the first line (default: `indent`). */
  first?: string;
  /** Put before every following line (default: nothing). */
  indent?: string;
}

/**
 * Greedy word wrap to `width` columns: lines break only between words, so a word longer than a line
 * (an address) stands alone on its line rather than being cut. Runs of whitespace become one space.
 */
export function wrap(text: string, width: number, options: WrapOptions = {}): string {
  const indent = options.indent ?? '';
  let prefix = options.first ?? indent;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = visibleLength(word);
    if (line !== '' && visibleLength(prefix) + used + 1 + length > width) {
      lines.push(prefix + line);
      prefix = indent;
      line = word;
      used = length;
    } else {
      line = line === '' ? word : `${line} ${word}`;
      used += (used === 0 ? 0 : 1) + length;
    }
  }
  lines.push(prefix + line);
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** Cuts `text` to at most `max` columns at a word boundary, with "…"; a single overlong word is cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const room = [...flat].slice(0, Math.max(0, max - 1)).join('');
  // Room for whole words up to a space (the next character), else back to the last space in it.
  const space = flat[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/, '')}…`;
}
