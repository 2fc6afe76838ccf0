/** What is known about an article beyond its text. Unknown stays null, never guessed. */
export interface SourceMeta {
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  url: string | null;
  byline: string | null;
  dateline: string | null;
}

/** One article file of the corpus. */
export interface Source extends SourceMeta {
  /** The file name without its extension: stable across runs. */
  id: string;
  /** Path of the file the article was read from. */
  file: string;
  paragraphs: number;
  words: number;
}

/** A span of the original file. Offsets are JS string indices into the decoded file text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One paragraph of article body: the unit that is indexed and cited. */
export interface Passage extends Span {
  /** `${sourceId}#${paragraph}`: stable for the same file and rules. */
  id: string;
  sourceId: string;
  /** 1-based number among the article's body paragraphs (a paragraph split for length counts each part). */
  paragraph: number;
  sentences: Span[];
  /** Stretches inside [start, end) left out of `text`: a photo caption that interrupted the paragraph. */
  omitted?: Array<{ start: number; end: number }>;
}

export type LoadWarningCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'duplicate'
  | 'no-paragraphs'
  | 'bad-metadata'
  | 'orphan-metadata'
  | 'unsupported'
  | 'unreadable'
  | 'not-a-file';

/** Why a file was not loaded (or loaded with a caveat). One per file and reason. */
export interface LoadWarning {
  /** The file's path (the corpus folder joined with its name). */
  file: string;
  code: LoadWarningCode;
  reason: string;
}

export interface Corpus {
  dir: string;
  sources: Source[];
  passages: Passage[];
  warnings: LoadWarning[];
}
