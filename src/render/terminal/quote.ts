import type { QuoteHit, QuoteResult, SpeakerCount } from '../../answer/types.js';
import { outletName, type NamedSource } from '../outlet-name.js';
import { renderTable } from './table.js';
import { wrap } from './wrap.js';

export interface TerminalQuoteOptions {
  /** Columns to wrap to (default 80). */
  width?: number;
  /** The corpus's articles by id, so that a quote is cited by outlet rather than by file id. */
  sources?: ReadonlyMap<string, NamedSource>;
}

/** "The Outlet ¶4": the article a passage belongs to, by name, and the paragraph. */
function cite(sourceId: string, passageId: string, sources: TerminalQuoteOptions['sources']): string {
  const source = sources?.get(sourceId);
  const paragraph = passageId.slice(passageId.lastIndexOf('#') + 1);
  return `${source ? outletName(source) : sourceId} ¶${paragraph}`;
}

function renderHit(hit: QuoteHit, rank: number, options: TerminalQuoteOptions, width: number): string {
  const who = [hit.speaker ?? 'unattributed', hit.role].filter(Boolean).join(', ');
  const lines = [
    wrap(`“${hit.text}”`, width, { first: `${rank}. `, indent: '   ' }),
    wrap(`${who} · ${cite(hit.sourceId, hit.passageId, options.sources)}`, width, { first: '   — ', indent: '     ' }),
  ];
  if (hit.reportedBy && hit.reportedBy !== hit.speaker) lines.push(wrap(`(as reported by ${hit.reportedBy})`, width, { indent: '   ' }));
  if (hit.variants.length) {
    lines.push('   Other renderings:');
    for (const v of hit.variants) lines.push(wrap(`${cite(v.sourceId, v.passageId, options.sources)}: “${v.text}”`, width, { first: '   • ', indent: '     ' }));
  }
  return lines.join('\n');
}

/** Quotes for people reading a terminal: numbered, each with speaker, the outlet and paragraph, and other outlets' wording. */
export function renderQuotes(result: QuoteResult, options: TerminalQuoteOptions = {}): string {
  const width = options.width ?? 80;
  if (!result.quotes.length) return wrap(result.query ? `No quotation matches "${result.query}".` : 'No quotations found.', width);
  return result.quotes.map((hit, i) => renderHit(hit, i + 1, options, width)).join('\n\n');
}

/** Speakers with their quote counts, as an aligned table. */
export function renderSpeakers(speakers: readonly SpeakerCount[], width = 80): string {
  if (!speakers.length) return 'No speakers found.';
  return renderTable(
    ['SPEAKER', 'ROLE', 'QUOTES'],
    speakers.map((s) => [s.speaker, s.role ?? '', String(s.quotes)]),
    { align: ['left', 'left', 'right'], maxWidth: [40, 50, undefined], width },
  );
}
