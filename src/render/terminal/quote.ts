import type { QuoteHit, QuoteResult, SpeakerCount } from '../../answer/types.js';
import { renderTable } from './table.js';
import { collapseWhitespace } from '../../corpus/text.js';

function renderHit(hit: QuoteHit, rank: number): string {
  const who = [hit.speaker ?? 'unattributed', hit.role].filter(Boolean).join(', ');
  const lines = [`${rank}. “${collapseWhitespace(hit.text)}”`, `   — ${who}  [${hit.passageId}]`];
  if (hit.reportedBy && hit.reportedBy !== hit.speaker) lines.push(`   (as reported by ${hit.reportedBy})`);
  if (hit.variants.length) {
    lines.push('   Other renderings:');
    for (const v of hit.variants) lines.push(`   • [${v.passageId}] “${collapseWhitespace(v.text)}”`);
  }
  return lines.join('\n');
}

/** Quotes for people reading a terminal: numbered, each with speaker, citation and other outlets' wording. */
export function renderQuotes(result: QuoteResult): string {
  if (!result.quotes.length) return result.query ? `No quotation matches "${result.query}".` : 'No quotations found.';
  return result.quotes.map((hit, i) => renderHit(hit, i + 1)).join('\n\n');
}

/** Speakers with their quote counts, as an aligned table. */
export function renderSpeakers(speakers: readonly SpeakerCount[]): string {
  if (!speakers.length) return 'No speakers found.';
  return renderTable(
    ['SPEAKER', 'ROLE', 'QUOTES'],
    speakers.map((s) => [s.speaker, s.role ?? '', String(s.quotes)]),
    { align: ['left', 'left', 'right'], maxWidth: [40, 50, undefined] },
  );
}
