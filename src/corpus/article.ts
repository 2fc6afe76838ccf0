import { agencyName } from './agencies.js';
import { deskOutlet } from './bylines.js';
import { isIsoDate } from './dates.js';
import { matchDateline } from './dateline.js';
import { kindLines, type LineKind } from './line-kinds.js';
import { splitLines, type Line } from './lines.js';
import { groupUnits, joinAcrossCaptions, type Unit } from './paragraphs.js';
import { ENDS_BODY, ENDS_SENTENCE, isTitleCase, trimSpan } from './text.js';

/** Metadata an article shows in its own text. */
export interface InferredMeta {
  title: string | null;
  date: string | null;
  byline: string | null;
  dateline: string | null;
  outlet: string | null;
}

/** One body paragraph: a span of the text, less its gaps (a photo caption set inside it). */
export interface ParagraphSpan {
  start: number;
  end: number;
  gaps?: Array<{ start: number; end: number }>;
}

/** A stretch of the file that is not article text, and why. */
export interface FurnitureLine {
  kind: LineKind | 'header' | 'deck' | 'bare-caption' | 'tagline' | 'teaser' | 'after-end';
  text: string;
}

export interface ParsedArticle {
  meta: InferredMeta;
  /** Body paragraphs as spans of the text, headline/dateline/date prefixes excluded. */
  paragraphs: ParagraphSpan[];
  furniture: FurnitureLine[];
}

// The pasted-page convention of a first line "date 2025-05-04", possibly followed by text on the same line.
const DATE_PREFIX = /^date:?\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/i;
const ENDS_PERIOD = /\.["”’)\]]*$/;
const ENDS_ARTICLE: ReadonlySet<LineKind> = new Set(['comments-start', 'end']);
const HEADLINE_KINDS: ReadonlySet<LineKind> = new Set(['content', 'heading', 'allcaps']);
/** A summary under the headline is one or two short paragraphs. */
const MAX_STANDFIRST = 2;
const STANDFIRST_WORDS = 60;

function takeDatePrefix(lines: Line[], text: string): string | null {
  const first = lines.find((l) => l.text !== '');
  const m = first ? DATE_PREFIX.exec(first.text) : null;
  if (!first || !m || !isIsoDate(m[1]!)) return null;
  first.start += m[0].length;
  first.text = text.slice(first.start, first.end);
  return m[1]!;
}

/** Prose that can open the body: a sentence, not a tagline; or long enough that it cannot be a header line. */
function opensBody(unit: Unit): boolean {
  if (unit.kind !== 'content') return false;
  if (unit.words > 30) return true;
  return ENDS_SENTENCE.test(unit.clean) && unit.words >= 3 && !isTitleCase(unit.clean);
}

function isHeadline(unit: Unit): boolean {
  // A Markdown heading says it is one; other lines need a headline's length (not a one-word section label).
  const minWords = unit.kind === 'heading' ? 1 : 4;
  return HEADLINE_KINDS.has(unit.kind) && unit.words >= minWords && unit.words <= 30 && !ENDS_PERIOD.test(unit.clean);
}

/** Outlet named by a dateline's agency, a byline that is (or ends with) an agency, or an outlet's desk ("Example Times News Desk"). */
function outletOf(datelineAgency: string | null, byline: string | null): string | null {
  if (datelineAgency) return datelineAgency;
  if (!byline) return null;
  return agencyName(byline) ?? agencyName(byline.split(',').at(-1)!.trim()) ?? deskOutlet(byline);
}

/** Splits an article into metadata, body paragraphs and furniture, by general rules. */
export function parseArticle(text: string): ParsedArticle {
  const rawLines = splitLines(text);
  const prefixDate = takeDatePrefix(rawLines, text);
  const { lines, wrap } = kindLines(rawLines);
  const units = joinAcrossCaptions(groupUnits(lines, wrap));

  const meta: InferredMeta = { title: null, date: prefixDate, byline: null, dateline: null, outlet: null };
  let updatedDate: string | null = null;
  let agency: string | null = null;
  const paragraphs: ParagraphSpan[] = [];
  const furniture: FurnitureLine[] = [];
  const drop = (kind: FurnitureLine['kind'], unit: Unit): void => void furniture.push({ kind, text: unit.clean });
  const paragraphUnits: Unit[] = [];
  let bodySettled = false;
  /** While the body has at most MAX_STANDFIRST short paragraphs, they may still turn out to be a standfirst. */
  const demoteStandfirst = (): void => {
    if (bodySettled || paragraphs.length === 0) return;
    if (paragraphs.length > MAX_STANDFIRST || paragraphUnits.some((u) => u.words > STANDFIRST_WORDS)) {
      bodySettled = true;
      return;
    }
    const demoted = { units: paragraphUnits.splice(0), spans: paragraphs.splice(0), furniture: furniture.length };
    for (const unit of demoted.units) drop('deck', unit);
    standfirst.push(demoted);
  };
  const standfirst: Array<{ units: Unit[]; spans: typeof paragraphs; furniture: number }> = [];

  let bodyStart = units.findIndex(opensBody);
  if (bodyStart < 0) bodyStart = units.findIndex((u) => u.kind === 'content' && u.words >= 12);
  if (bodyStart < 0) bodyStart = units.length;

  let ended = false;
  // After a link-list label ("More on this story", "Most Read") come other stories' headlines and dates.
  let inList = false;
  units.forEach((unit, index) => {
    const inHeader = index < bodyStart;
    if (ended) {
      drop('after-end', unit);
    } else if (inList && !ENDS_ARTICLE.has(unit.kind) && (unit.kind !== 'content' || (unit.words <= 20 && !ENDS_PERIOD.test(unit.clean)))) {
      drop('teaser', unit);
    } else if (unit.kind === 'byline' || unit.kind === 'date' || unit.kind === 'dateline') {
      // A byline or date line below prose: that prose was the summary under the headline.
      demoteStandfirst();
      for (const line of unit.lines) {
        meta.byline ??= line.byline ?? null;
        if (line.date) {
          if (line.updated) updatedDate ??= line.date;
          else meta.date ??= line.date;
        }
        if (line.datelineText) {
          meta.dateline ??= line.datelineText;
          agency ??= line.agency ?? null;
        }
      }
      drop(unit.kind, unit);
    } else if (inHeader) {
      if (meta.title === null && isHeadline(unit)) meta.title = unit.clean;
      else drop(meta.title !== null && isHeadline(unit) ? 'deck' : unit.kind === 'content' ? 'header' : unit.kind, unit);
    } else if (ENDS_ARTICLE.has(unit.kind)) {
      ended = true;
      drop(unit.kind, unit);
    } else if (unit.kind !== 'content') {
      inList = unit.kind === 'promo' && unit.words <= 5;
      drop(unit.kind, unit);
    } else if (!ENDS_BODY.test(unit.clean) && unit.words <= 20) {
      // Bare photo captions ("Mexican President Claudia Sheinbaum") and subheadings: no sentence.
      drop('bare-caption', unit);
    } else if (unit.words <= 8 && isTitleCase(unit.clean) && (unit.clean.match(/[\p{L}’'-]{4,}/gu)?.length ?? 0) >= 3) {
      drop('tagline', unit);
    } else {
      let start = unit.start;
      const dateline = paragraphs.length <= MAX_STANDFIRST ? matchDateline(text.slice(unit.start, unit.end)) : null;
      if (dateline && dateline.length < unit.end - unit.start) {
        // The story starts at its dateline: prose above it was the summary under the headline.
        if (!dateline.weak) demoteStandfirst();
        if (paragraphs.length === 0) {
          meta.dateline ??= dateline.text;
          agency ??= dateline.agency;
          start += dateline.length;
        }
      }
      paragraphs.push(unit.gaps ? { ...trimSpan(text, start, unit.end), gaps: unit.gaps } : trimSpan(text, start, unit.end));
      paragraphUnits.push(unit);
    }
  });
  const last = standfirst.at(-1);
  if (paragraphs.length === 0 && last) {
    // Nothing followed the byline: those paragraphs were the story itself (a brief signed at its end).
    furniture.splice(last.furniture, last.units.length);
    paragraphs.push(...last.spans);
  }
  meta.date ??= updatedDate;
  meta.outlet = outletOf(agency, meta.byline);
  return { meta, paragraphs, furniture };
}
