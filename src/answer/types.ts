import type { Signals } from './ask/refusal.js';
import type { Source } from '../corpus/types.js';

/** A passage as shown to a user: the text with its citation. */
export interface PassageHit {
  id: string;
  sourceId: string;
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  paragraph: number;
  text: string;
  score: number;
  /** Other sources carrying the same (near-duplicate) passage. */
  alsoIn: string[];
  /** Character ranges of `text` that matched the question's terms, for highlighting. */
  highlights: Array<[start: number, end: number]>;
}

export interface AskAnswer {
  /** The single sentence that best answers the question. */
  text: string;
  passageId: string;
}

export interface AskOptions {
  /** How many passages to return (default 3). */
  limit?: number;
  /** How many of the ranked passages to skip: the pagination of "More passages". */
  offset?: number;
  /** Only articles of this outlet (any case). */
  outlet?: string;
  /** Only articles dated on or after this day (YYYY-MM-DD); undated articles are left out. */
  since?: string;
  /** Only articles dated on or before this day (YYYY-MM-DD); undated articles are left out. */
  until?: string;
}

/** An outlet of the corpus with how many articles it has (autocomplete of the outlet filter). */
export interface OutletCount {
  outlet: string;
  articles: number;
}

export interface AskResult {
  query: string;
  answered: boolean;
  answer: AskAnswer | null;
  passages: PassageHit[];
  /** How many passages rank in all, for pagination. */
  total: number;
}

export interface QuoteVariant {
  text: string;
  sourceId: string;
  passageId: string;
}

export interface QuoteHit {
  text: string;
  speaker: string | null;
  role: string | null;
  /** For a quote inside someone else's quote: the outer speaker, who reports these words. */
  reportedBy?: string | null;
  sourceId: string;
  passageId: string;
  variants: QuoteVariant[];
}

export interface QuoteOptions {
  speaker?: string;
  limit?: number;
}

export interface QuoteResult {
  query: string;
  quotes: QuoteHit[];
}

export interface SpeakerCount {
  speaker: string;
  role: string | null;
  quotes: number;
}

export interface SourceSummary extends Pick<Source, 'id' | 'outlet' | 'title' | 'date' | 'url' | 'paragraphs' | 'words'> {
  /** With `about`: how many of the article's passages mention it. */
  mentions?: number;
}

export interface SourcesResult {
  about: string | null;
  sources: SourceSummary[];
}

/** Everything the transports need, over one loaded corpus. Pure and synchronous once built. */
/** What /ask weighed, for evaluation and fitting. */
export interface AskTrace {
  /** Why nothing answered, when nothing did. */
  unanswered: string | null;
  /** The evidence the refusal weighed: null when no passage matched. */
  signals?: Signals | null;
}

export interface Engine {
  ask(question: string, options?: AskOptions, trace?: AskTrace): AskResult;
  quote(text: string | null, options?: QuoteOptions): QuoteResult;
  speakers(prefix?: string): SpeakerCount[];
  sources(about?: string): SourcesResult;
  /** The corpus's outlets whose name starts with (or has a word starting with) `prefix`, most articles first. */
  outlets(prefix?: string): OutletCount[];
}
