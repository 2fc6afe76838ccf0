import type { Passage } from '../../corpus/types.js';
import type { MarkSpan } from './marks.js';
import type { PersonMention } from './names.js';
import type { Term } from './nlp.js';

/** What extraction reads of a passage (all a worker thread is sent). */
export type QuotedPassage = Pick<Passage, 'id' | 'sourceId' | 'paragraph' | 'text'>;

/** A passage prepared for extraction: tagged words, top-level quote spans, sentence starts, people named. */
export interface PassageDoc {
  readonly passage: QuotedPassage;
  readonly terms: Term[];
  readonly spans: MarkSpan[];
  readonly starts: number[];
  readonly people: PersonMention[];
  /** Tagged words within text[from, to): only the sentences overlapping it are tagged. */
  termsBetween(from: number, to: number): Term[];
  peopleBetween(from: number, to: number): PersonMention[];
  /** People named in the writer's own words within text[from, to): names inside quotes left out. */
  peopleOutsideQuotes(from: number, to: number): PersonMention[];
  /** Indices of the sentences that may introduce someone by name (checked on the text, before tagging). */
  namingSentences(): number[];
  /** The tagged words of a sentence outside its quotes (of a quote, only its first and last words are tagged, as context). */
  sentenceTerms(index: number): Term[];
  sentenceText(index: number): string;
}

/** Who said it, as far as the text tells. */
export interface Attribution {
  speaker: string | null;
  role: string | null;
  /** Found through a pronoun ("she added"): a quote left unattributed just before may share it. */
  viaPronoun: boolean;
  /** Said by a source the text describes but does not name ("a spokesperson for the agency"): speaker null, the description as role. */
  unnamed?: boolean;
}

/** One extracted quotation: the words between the marks, where they stand, and who said them. */
export interface QuoteRecord {
  text: string;
  /** Speech, as opposed to a scare quote or a quoted term. */
  speech: boolean;
  speaker: string | null;
  role: string | null;
  /** For a quote inside a quote: the outer speaker, who reports these words. */
  reportedBy: string | null;
  sourceId: string;
  passageId: string;
  /** Offsets of the words in the passage text (the first passage of a quote continued over paragraphs). */
  start: number;
  end: number;
}

