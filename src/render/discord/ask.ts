import { ButtonStyle, MessageFlags, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import type { AskResult, PassageHit } from '../../answer/types.js';
import type { MessagePayload } from '../../transport/interaction.js';
import { buttonRow, type ButtonSpec, type ButtonState } from './buttons.js';
import { citation, sourceIdOfPassage, type CitedSource } from './cite.js';
import { outletName } from '../outlet-name.js';
import { questionTerms, termRanges } from './highlight.js';
import { LIMITS } from './limits.js';
import { stripControls } from './controls.js';
import { sourceLinkRow } from './links.js';
import { boldRanges, escapeMarkdown, unescapeMarkdown } from './markdown.js';
import { notice } from './notices.js';
import { finalize } from './payload.js';
import { ELLIPSIS, plainCut } from './truncate.js';
import { collapseWhitespace } from '../../corpus/text.js';

export const ASK_PAGE_SIZE = 3;
export const VOTE_UP = '👍';
export const VOTE_DOWN = '👎';
// Three passages, the answer and the citations fit in one embed at this length and stay readable.
const PASSAGE_MAX = 900;
const ASK_COLOR = 0x2b6cb0;
// Footers show plain text (no markdown): the question follows this marker as typed. The part before it has no line break.
const QUESTION_IN_FOOTER = '\nQuestion: ';

export interface AskView {
  /** The user who asked: only they may page. */
  ownerId: string;
  /** Now, in ms: the buttons expire a while after it. */
  now: number;
  /** The question was asked with `private:true`. */
  ephemeral: boolean;
  /** Every source by id, for citing the answer and naming the outlets of "Also reported by". */
  sources: ReadonlyMap<string, CitedSource>;
}

/**
 * Where to start showing a passage so that its relevant part (`focus`) is in view: the start, or
 * the beginning of the sentence holding `focus` when the passage is too long to reach it.
 */
function windowStart(text: string, focus: number): number {
  if (focus + PASSAGE_MAX / 3 <= PASSAGE_MAX || text.length <= PASSAGE_MAX) return 0;
  const sentenceEnds = [...text.slice(0, focus).matchAll(/[.!?…]["'”’)\]]*\s+/g)];
  const last = sentenceEnds.at(-1);
  return last ? last.index + last[0].length : text.lastIndexOf(' ', focus) + 1;
}

// Whitespace other than a plain space: replacing only these leaves spaces alone (most of a text's matches).
const NOT_SPACE_WHITESPACE = /[^\S ]/g;

function passageBody(hit: PassageHit, terms: readonly string[], answer: string | null): string {
  // One space per whitespace character: the length is unchanged, so the engine's highlight offsets stay valid.
  const full = hit.text.replace(NOT_SPACE_WHITESPACE, ' ').trimEnd();
  const ranges = hit.highlights.length > 0 ? hit.highlights : termRanges(full, terms);
  const answerAt = answer ? full.indexOf(answer.replace(NOT_SPACE_WHITESPACE, ' ').trim()) : -1;
  const start = windowStart(full, answerAt >= 0 ? answerAt : Math.min(full.length, ...ranges.map(([s]) => s)));
  const text = full.slice(start);
  const lead = start > 0 ? ELLIPSIS : '';
  const keep = plainCut(text, PASSAGE_MAX - ELLIPSIS.length - lead.length);
  const clipped = ranges
    .map(([s, e]): [number, number] => [s - start, Math.min(e - start, keep)])
    .filter(([s, e]) => s >= 0 && s < e);
  return lead + boldRanges(text.slice(0, keep), clipped) + (keep < text.length ? ELLIPSIS : '');
}

const sameText = (a: string, b: string): boolean => collapseWhitespace(a) === collapseWhitespace(b);

/** Numbers each source the first time it is cited on this page. */
class Citations {
  readonly order: CitedSource[] = [];
  constructor(private readonly sources: ReadonlyMap<string, CitedSource>) {}
  number(source: CitedSource): number {
    const known = this.order.findIndex((s) => s.id === source.id);
    if (known >= 0) return known + 1;
    this.order.push(source);
    return this.order.length;
  }
  byId(sourceId: string): CitedSource {
    return this.sources.get(sourceId) ?? { id: sourceId, outlet: null, title: null, date: null, url: null };
  }
}

function hitSource(hit: PassageHit): CitedSource {
  return { id: hit.sourceId, outlet: hit.outlet, title: hit.title, date: hit.date, url: hit.url };
}

/** "Nothing found": ephemeral, says so, and points at /sources. */
export function renderAskNotFound(question: string): MessagePayload {
  return notice(
    `I found nothing in the articles that answers “${escapeMarkdown(question.trim())}”. ` +
      'Try other words (names, places, what happened), or see what the coverage includes with `/sources`.',
  );
}

/** One page of an /ask answer: the answer sentence, the passages with the question's terms in bold, citations. */
export function renderAsk(result: AskResult, offset: number, view: AskView): MessagePayload {
  if (result.passages.length === 0) return renderAskNotFound(result.query);
  const citations = new Citations(view.sources);
  const terms = questionTerms(result.query);
  const lines: string[] = [];
  // A passage that is nothing but the answer sentence is shown once, as the answer, with its terms in bold.
  let shownAsAnswer: PassageHit | undefined;
  let answerSource: CitedSource | undefined;
  if (result.answer) {
    const answer = result.answer;
    const hit = result.passages.find((p) => p.id === answer.passageId);
    const source = hit ? hitSource(hit) : citations.byId(sourceIdOfPassage(answer.passageId));
    answerSource = source;
    shownAsAnswer = hit && sameText(hit.text, answer.text) ? hit : undefined;
    const text = shownAsAnswer ? passageBody(shownAsAnswer, terms, null) : escapeMarkdown(collapseWhitespace(answer.text));
    lines.push(`> ${text} **[${citations.number(source)}]**`, '');
  }
  for (const hit of result.passages) {
    if (hit !== shownAsAnswer) lines.push(`**[${citations.number(hitSource(hit))}]** ${passageBody(hit, terms, result.answer?.text ?? null)}`, '');
  }

  const fields: APIEmbedField[] = [
    { name: 'Sources', value: citations.order.map((s, i) => `**[${i + 1}]** ${citation(s)}`).join('\n') },
  ];
  const alsoLines = result.passages
    .filter((hit) => hit.alsoIn.length > 0)
    .map((hit) => {
      const outlets = [...new Set(hit.alsoIn.map((id) => outletName(citations.byId(id))))];
      return `**[${citations.number(hitSource(hit))}]** ${outlets.map(escapeMarkdown).join(', ')}`;
    });
  if (alsoLines.length > 0) fields.push({ name: 'Also reported by', value: [...new Set(alsoLines)].join('\n') });

  const last = offset + result.passages.length;
  const question = askedQuestion(result.query);
  const title = escapeMarkdown(question);
  // Escaping can push a long question past the title's limit: the footer (plain text) then carries it whole for the buttons.
  const asked = title.length > LIMITS.title ? `${QUESTION_IN_FOOTER}${question}` : '';
  const embed: APIEmbed = {
    title,
    description: lines.join('\n').trim(),
    color: ASK_COLOR,
    fields,
    footer: { text: `Passages ${offset + 1}–${last} of ${result.total} · every word is quoted from the articles${asked}` },
  };
  const state = (action: string, value: number): ButtonState => ({ command: 'ask', action, owner: view.ownerId, value, issuedAt: view.now });
  // Every button is bound to the question (its MAC covers it): see buttons.ts.
  const buttons: ButtonSpec[] = [];
  if (offset > 0) buttons.push({ label: 'Back', state: state('page', Math.max(0, offset - ASK_PAGE_SIZE)), context: question });
  buttons.push({ label: 'More passages', state: state('page', last), style: ButtonStyle.Primary, disabled: last >= result.total, context: question });
  buttons.push({ label: 'Sources', state: state('sources', 0), context: question });
  // Feedback on the answer sentence: anyone who reads it may vote (see commands/ask.ts).
  if (result.answer) buttons.push({ label: VOTE_UP, state: state('vote', 1), context: question }, { label: VOTE_DOWN, state: state('vote', 0), context: question });
  const links = sourceLinkRow(
    citations.order.map((source, i) => ({
      number: i + 1,
      source,
      ...(result.answer && source.id === answerSource?.id ? { sentence: result.answer.text } : {}),
    })),
  );
  return finalize({
    embeds: [embed],
    components: links ? [buttonRow(buttons), links] : [buttonRow(buttons)],
    ...(view.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });
}

/** The question as shown, bound into the buttons and asked again by them: trimmed, invisible controls removed. */
export function askedQuestion(query: string): string {
  return stripControls(query).trim();
}

/**
 * The question an /ask message answers, read back from it for the buttons: from the footer when the
 * title could not hold it, else the title unescaped. The buttons' MAC covers the question, so a
 * question that was not recovered exactly is refused, never answered as another question.
 */
export function questionOfAskMessage(message: { embeds: ReadonlyArray<{ title?: string; footer?: { text?: string } }> }): string | null {
  const embed = message.embeds[0];
  const footer = embed?.footer?.text ?? '';
  const at = footer.indexOf(QUESTION_IN_FOOTER);
  if (at >= 0) return footer.slice(at + QUESTION_IN_FOOTER.length);
  const title = embed?.title;
  return title ? unescapeMarkdown(title) : null;
}
