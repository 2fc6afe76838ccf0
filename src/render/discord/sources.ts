import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import type { SourcesResult, SourceSummary } from '../../answer/types.js';
import type { MessagePayload } from '../../transport/interaction.js';
import { buttonRow, type ButtonState } from './buttons.js';
import { citation } from './cite.js';
import { stripControls } from './controls.js';
import { escapeMarkdown, unescapeMarkdown } from './markdown.js';
import { notice } from './notices.js';
import { finalize } from './payload.js';

export const SOURCES_PAGE_SIZE = 10;
const SOURCES_COLOR = 0x4a5568;
const ABOUT_TITLE = /^Articles mentioning “(.*)”$/su;

export interface SourcesView {
  ownerId: string;
  now: number;
  ephemeral: boolean;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function sourceLine(source: SourceSummary, number: number): string {
  const parts = [`**${number}.** ${citation(source)}`, plural(source.words, 'word')];
  if (source.mentions !== undefined) parts.push(`mentioned in ${plural(source.mentions, 'paragraph')}`);
  return parts.join(' — ');
}

export function pageCount(result: SourcesResult): number {
  return Math.max(1, Math.ceil(result.sources.length / SOURCES_PAGE_SIZE));
}

/** One page (ten articles) of the coverage, optionally only the articles that mention `about`. */
export function renderSources(result: SourcesResult, page: number, view: SourcesView): MessagePayload {
  if (result.sources.length === 0) {
    return notice(
      result.about === null
        ? 'The corpus has no articles yet.'
        : `No article mentions “${escapeMarkdown(result.about)}”. Try a shorter or different word, or \`/sources\` for everything.`,
    );
  }
  const pages = pageCount(result);
  const current = Math.min(Math.max(0, page), pages - 1);
  const first = current * SOURCES_PAGE_SIZE;
  const shown = result.sources.slice(first, first + SOURCES_PAGE_SIZE);
  const articles = plural(result.sources.length, 'article');
  const embed: APIEmbed = {
    title: result.about === null ? 'Coverage' : `Articles mentioning “${escapeMarkdown(result.about)}”`,
    description: shown.map((source, i) => sourceLine(source, first + i + 1)).join('\n'),
    color: SOURCES_COLOR,
    footer: { text: pages > 1 ? `${articles} · page ${current + 1} of ${pages}` : articles },
  };
  // What the title shows of `about`, recovered by aboutOfSourcesMessage: the buttons' MAC covers it.
  const about = stripControls(result.about ?? '');
  const state = (value: number): ButtonState => ({ command: 'sources', action: 'page', owner: view.ownerId, value, issuedAt: view.now });
  const components =
    pages > 1
      ? [
          buttonRow([
            { label: 'Previous', state: state(Math.max(0, current - 1)), disabled: current === 0, context: about },
            { label: 'Next', state: state(Math.min(pages - 1, current + 1)), disabled: current === pages - 1, context: about },
          ]),
        ]
      : [];
  return finalize({ embeds: [embed], components, ...(view.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/** The `about` of a /sources message (null for the whole coverage), read back for its buttons. */
export function aboutOfSourcesMessage(message: { embeds: ReadonlyArray<{ title?: string }> }): string | null {
  const match = ABOUT_TITLE.exec(message.embeds[0]?.title ?? '');
  return match ? unescapeMarkdown(match[1]!) : null;
}
