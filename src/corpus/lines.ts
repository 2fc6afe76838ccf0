import { trimSpan } from './text.js';

/** One line of the decoded file: `text` is trimmed, `start`/`end` bound the trimmed text in the file. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

// CRLF, lone CR (old Mac files) and Unicode line/paragraph separators all end a line.
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** Splits text into lines; blank lines keep their place (text ''). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const push = (lineEnd: number): void => {
    const { start, end } = trimSpan(text, lineStart, lineEnd);
    lines.push({ text: text.slice(start, end), start, end });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}
