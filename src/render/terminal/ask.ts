import type { AskResult, PassageHit } from '../../answer/types.js';
import { outletName, type NamedSource } from '../outlet-name.js';
import { wrap } from './wrap.js';

export interface TerminalAskOptions {
  color: boolean;
  /** Columns to wrap to (default 80). */
  width?: number;
  /** The corpus's articles by id: other outlets are named, not listed by file id. */
  sources?: ReadonlyMap<string, NamedSource>;
}

const BOLD = ['\u001b[1m', '\u001b[22m'] as const;
const UNDERLINE = ['\u001b[4m', '\u001b[24m'] as const;
/** Around the answer sentence inside its passage: plain characters, so they survive a copy or a pipe. */
const MARK = ['»', '«'] as const;

/** The passage text with the answer sentence marked and, on a colour terminal, the query words bold. */
function styled(hit: PassageHit, color: boolean, answer: string | null): string {
  const inserts: Array<{ at: number; text: string; closes: boolean }> = [];
  if (color) {
    for (const [start, end] of hit.highlights) inserts.push({ at: start, text: BOLD[0], closes: false }, { at: end, text: BOLD[1], closes: true });
  }
  const start = answer === null ? -1 : hit.text.indexOf(answer);
  if (start >= 0) {
    const end = start + answer!.length;
    inserts.push({ at: start, text: MARK[0] + (color ? UNDERLINE[0] : ''), closes: false }, { at: end, text: (color ? UNDERLINE[1] : '') + MARK[1], closes: true });
  }
  // Closing before opening at the same offset, so styles never cross.
  inserts.sort((a, b) => a.at - b.at || Number(b.closes) - Number(a.closes));
  let out = '';
  let at = 0;
  for (const insert of inserts) {
    out += hit.text.slice(at, insert.at) + insert.text;
    at = insert.at;
  }
  return out + hit.text.slice(at);
}

function citation(hit: PassageHit, options: TerminalAskOptions, width: number): string {
  // An unknown outlet leaves the headline to lead; the file id only when nothing else is known.
  const parts = [hit.outlet ?? (hit.title ? null : hit.sourceId), hit.title ? `"${hit.title}"` : null, hit.date, `¶${hit.paragraph}`].filter(Boolean);
  const lines = [wrap(parts.join(', '), width, { first: '   — ', indent: '     ' })];
  if (hit.url) lines.push(`   ${hit.url}`);
  const named = hit.alsoIn.map((id) => {
    const source = options.sources?.get(id);
    return source ? outletName(source) : id;
  });
  if (named.length > 0) lines.push(wrap(`${named.join(', ')} (${named.length + 1} outlets)`, width, { first: '   also in: ', indent: '     ' }));
  return lines.join('\n');
}

/**
 * Human output of /ask, wrapped to the terminal: the passages with their citations, the answering
 * sentence marked »…« inside its passage rather than printed twice.
 */
export function renderAsk(result: AskResult, options: TerminalAskOptions): string {
  const width = options.width ?? 80;
  if (!result.answered || !result.answer) return wrap(`Not in the corpus: nothing in these articles answers "${result.query}".`, width);
  const answer = result.answer;
  const at = result.passages.findIndex((hit) => hit.id === answer.passageId && hit.text.includes(answer.text));
  const heading = wrap(at >= 0 ? `Answer: the sentence marked ${MARK[0]}…${MARK[1]} in passage ${at + 1}.` : `Answer: ${answer.text}`, width, { first: '', indent: '        ' });
  const passages = result.passages.map((hit, i) => {
    const text = styled(hit, options.color, i === at ? answer.text : null);
    return `${wrap(text, width, { first: `${i + 1}. `, indent: '   ' })}\n${citation(hit, options, width)}`;
  });
  return [heading, ...passages].join('\n\n');
}
