import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { buttonRow, type ButtonState } from './buttons.js';
import { stripControls } from './controls.js';
import type { QuoteHit, QuoteResult } from '../../answer/types.js';
import type { MessagePayload } from '../../transport/interaction.js';
import { citation, type CitedSource } from './cite.js';
import { outletName } from '../outlet-name.js';
import { escapeMarkdown, unescapeMarkdown } from './markdown.js';
import { notice } from './notices.js';
import { finalize } from './payload.js';
import { ELLIPSIS, plainCut } from './truncate.js';
import { collapseWhitespace } from '../../corpus/text.js';

// Five quotes with their variants fit one embed's 6,000 characters at these lengths.
export const QUOTES_PAGE_SIZE = 5;
const QUOTES_SHOWN = QUOTES_PAGE_SIZE;
const QUOTE_MAX = 450;
const VARIANT_MAX = 200;
const VARIANTS_SHOWN = 3;
const QUOTE_COLOR = 0x805ad5;
const SPEAKER_TITLE = /^Quotes — (.+)$/su;

export interface QuoteView {
  sources: ReadonlyMap<string, CitedSource>;
}

function quoted(text: string, max: number): string {
  const flat = collapseWhitespace(text);
  const keep = plainCut(flat, max - ELLIPSIS.length);
  return `“${escapeMarkdown(flat.slice(0, keep))}${keep < flat.length ? ELLIPSIS : ''}”`;
}

function sourceOf(view: QuoteView, sourceId: string): CitedSource {
  return view.sources.get(sourceId) ?? { id: sourceId, outlet: null, title: null, date: null, url: null };
}

function quoteField(hit: QuoteHit, view: QuoteView): APIEmbedField {
  const name = [hit.speaker ?? 'Unattributed', hit.role].filter((part): part is string => Boolean(part)).join(', ');
  const lines = [quoted(hit.text, QUOTE_MAX), `— ${citation(sourceOf(view, hit.sourceId))}`];
  const variants = hit.variants.filter((v) => v.text.trim() !== hit.text.trim()).slice(0, VARIANTS_SHOWN);
  if (variants.length > 0) {
    lines.push('Other wordings:');
    for (const variant of variants) {
      lines.push(`• ${escapeMarkdown(outletName(sourceOf(view, variant.sourceId)))}: ${quoted(variant.text, VARIANT_MAX)}`);
    }
  }
  // Field names do not render markdown, so the speaker is shown as written.
  return { name, value: lines.join('\n') };
}

/** Quotes with their speaker, role, outlet and date, and how other outlets worded them. */
export function renderQuotes(result: QuoteResult, speaker: string | null, view: QuoteView): MessagePayload {
  if (result.quotes.length === 0) {
    const who = speaker ? ` from ${escapeMarkdown(speaker)}` : '';
    const what = result.query ? ` matching “${escapeMarkdown(result.query)}”` : '';
    return notice(`I found no quotes${who}${what}. Try fewer words, or pick a speaker from the suggestions.`);
  }
  const shown = result.quotes.slice(0, QUOTES_SHOWN);
  const heading = result.query ? `Quotes matching “${escapeMarkdown(result.query)}”` : 'Quotes';
  const embed: APIEmbed = {
    title: speaker ? `${heading} — ${escapeMarkdown(speaker)}` : heading,
    color: QUOTE_COLOR,
    fields: shown.map((hit) => quoteField(hit, view)),
    footer: {
      text:
        result.quotes.length > shown.length
          ? `${shown.length} of ${result.quotes.length} quotes · narrow it down with more words or a speaker`
          : `${shown.length} quote${shown.length === 1 ? '' : 's'}`,
    },
  };
  return finalize({ embeds: [embed] });
}

export interface SpeakerQuotesView extends QuoteView {
  /** Who listed them: only they may page. */
  ownerId: string;
  now: number;
}

/**
 * One page of a speaker's quotes (`/quote speaker:` without text), in corpus order, with
 * Previous / Next. `quotes` is the page; `hasNext` whether more follow.
 */
export function renderSpeakerQuotes(quotes: readonly QuoteHit[], speaker: string, page: number, hasNext: boolean, view: SpeakerQuotesView): MessagePayload {
  if (quotes.length === 0) return renderQuotes({ query: '', quotes: [] }, speaker, view);
  const first = page * QUOTES_PAGE_SIZE + 1;
  const embed: APIEmbed = {
    title: `Quotes — ${escapeMarkdown(speaker)}`,
    color: QUOTE_COLOR,
    fields: quotes.slice(0, QUOTES_PAGE_SIZE).map((hit) => quoteField(hit, view)),
    footer: { text: `Quotes ${first}–${first + Math.min(quotes.length, QUOTES_PAGE_SIZE) - 1} · page ${page + 1}` },
  };
  const state = (value: number): ButtonState => ({ command: 'quote', action: 'page', owner: view.ownerId, value, issuedAt: view.now });
  // The speaker as the title shows it (speakerOfQuoteMessage reads it back): the buttons' MAC covers it.
  const shown = stripControls(speaker);
  const components =
    page > 0 || hasNext
      ? [
          buttonRow([
            { label: 'Previous', state: state(Math.max(0, page - 1)), disabled: page === 0, context: shown },
            { label: 'Next', state: state(page + 1), disabled: !hasNext, context: shown },
          ]),
        ]
      : [];
  return finalize({ embeds: [embed], components });
}

/** The speaker of a speaker's-quotes message, read back for its paging buttons. */
export function speakerOfQuoteMessage(message: { embeds: ReadonlyArray<{ title?: string }> }): string | null {
  const match = SPEAKER_TITLE.exec(message.embeds[0]?.title ?? '');
  return match ? unescapeMarkdown(match[1]!) : null;
}
