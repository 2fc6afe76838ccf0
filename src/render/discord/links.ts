import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithURL, type APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { collapseWhitespace } from '../../corpus/text.js';
import { outletName } from '../outlet-name.js';
import type { CitedSource } from './cite.js';
import { LIMITS } from './limits.js';
import { ELLIPSIS } from './truncate.js';

// Discord opens http(s) addresses only; anything else in an article's metadata gets no button.
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;
// A text fragment names a long sentence by its first and last words: enough to find it, short enough for a URL.
const FRAGMENT_EDGE_WORDS = 4;

/** A text directive term: percent-encoded, with `-` too (it marks prefixes and suffixes). */
const encodeTerm = (text: string): string => encodeURIComponent(text).replaceAll('-', '%2D');

/** The sentence without the punctuation and quote marks at its ends, which a page may set differently. */
function fragmentWords(sentence: string): string[] {
  const text = collapseWhitespace(sentence).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return text ? text.split(' ') : [];
}

/**
 * `url` with a `#:~:text=` fragment that scrolls to and highlights `sentence` in browsers that
 * support text fragments (others open the page as usual). A long sentence is named by its first and
 * last words (`text=start,end`); fewer words are used if the address would exceed `max`; the plain
 * address when even one word does not fit or the address already holds a fragment directive.
 */
export function withTextFragment(url: string, sentence: string, max: number = LIMITS.buttonUrl): string {
  if (url.includes(':~:')) return url;
  const base = url.includes('#') ? `${url}:~:text=` : `${url}#:~:text=`;
  const words = fragmentWords(sentence);
  for (let edge = FRAGMENT_EDGE_WORDS; edge >= 1; edge--) {
    const directive =
      words.length <= edge * 2
        ? encodeTerm(words.join(' '))
        : `${encodeTerm(words.slice(0, edge).join(' '))},${encodeTerm(words.slice(-edge).join(' '))}`;
    if (directive && base.length + directive.length <= max) return base + directive;
  }
  return url;
}

/** What a link button needs: the cited source, its number on the page, and the answer sentence if it holds it. */
export interface SourceLink {
  number: number;
  source: CitedSource;
  /** The answer sentence, when this source holds it: the link then points at it. */
  sentence?: string;
}

function label(link: SourceLink): string {
  const text = `[${link.number}] ${outletName(link.source)}`;
  return text.length <= LIMITS.buttonLabel ? text : `${text.slice(0, LIMITS.buttonLabel - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

/**
 * One row of link buttons to the cited articles whose address is known (at most five, in citation
 * order); null when none has one. A link button needs no custom_id and sends the bot nothing.
 */
export function sourceLinkRow(links: readonly SourceLink[]): APIActionRowComponent<APIComponentInMessageActionRow> | null {
  const buttons: APIButtonComponentWithURL[] = [];
  for (const link of links) {
    if (buttons.length >= LIMITS.buttonsPerRow) break;
    const url = link.source.url;
    if (url === null || !WEB_ADDRESS.test(url) || url.length > LIMITS.buttonUrl) continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: label(link),
      url: link.sentence ? withTextFragment(url, link.sentence) : url,
    });
  }
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}
