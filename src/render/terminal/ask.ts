import type { AskResult, PassageHit } from '../../answer/types.js';
import { outletName, type NamedSource } from '../outlet-name.js';

export interface TerminalAskOptions {
  color: boolean;
  /** The corpus's articles by id: other outlets are named, not listed by file id. */
  sources?: ReadonlyMap<string, NamedSource>;
}

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

/** The passage text with its highlighted ranges in bold (ANSI) when `color` is on. */
function highlighted(hit: PassageHit, color: boolean): string {
  if (!color || hit.highlights.length === 0) return hit.text;
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += hit.text.slice(at, start) + BOLD + hit.text.slice(start, end) + RESET;
    at = end;
  }
  return out + hit.text.slice(at);
}

function citation(hit: PassageHit, sources: TerminalAskOptions['sources']): string {
  // An unknown outlet leaves the headline to lead; the file id only when nothing else is known.
  const parts = [hit.outlet ?? (hit.title ? null : hit.sourceId), hit.title ? `"${hit.title}"` : null, hit.date, `¶${hit.paragraph}`].filter(Boolean);
  const named = hit.alsoIn.map((id) => {
    const source = sources?.get(id);
    return source ? outletName(source) : id;
  });
  const also = named.length > 0 ? `\n   also in: ${named.join(', ')} (${named.length + 1} outlets)` : '';
  return `   — ${parts.join(', ')}${hit.url ? `\n   ${hit.url}` : ''}${also}`;
}

/** Human output of /ask: the answering sentence, then each passage with its citation. */
export function renderAsk(result: AskResult, options: TerminalAskOptions): string {
  if (!result.answered || !result.answer) return `Not in the corpus: nothing in these articles answers "${result.query}".`;
  const passages = result.passages.map((hit, i) => `${i + 1}. ${highlighted(hit, options.color)}\n${citation(hit, options.sources)}`);
  return [`Answer: ${result.answer.text}`, '', ...passages.flatMap((p) => [p, ''])].join('\n').trimEnd();
}
