import { stemmer } from 'stemmer';
import { foldWord } from './fold.js';
import { lemma } from './lemma.js';

/** One word of a text: where it stands in the original string, its folded form and its index term. */
export interface Token {
  /** Folded surface form ("u.s." → "us", "trump's" → "trump"). */
  word: string;
  /** What is indexed and matched: the stem of the word's base form (or the folded word without stemming). */
  term: string;
  start: number;
  end: number;
  /** Written in capitals in the original ("Mexico", "US"): a hint that it names something. */
  capitalized: boolean;
}

export interface AnalyzerOptions {
  /** Reduce words to stems ("rejected" → "reject") and irregular forms to their base. Default true. */
  stem?: boolean;
}

// Dotted acronyms (U.S.), numbers with separators (10,000 / 4.5), then words with inner apostrophes.
const WORD = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;

/** Folds a raw word to the form shared by index and questions. */
export function normalizeWord(raw: string): string {
  let word = foldWord(raw);
  if (/^\p{N}/u.test(word)) return word.replace(/,(?=\d{3}\b)/g, '');
  word = word.replace(/'s$/, '').replace(/['.]/g, '');
  return word;
}

type Analysed = Pick<Token, 'word' | 'term' | 'capitalized'>;

const FORM_CACHE = 20_000;

/** Splits text into words and index terms; the same analysis serves indexing, questions and highlighting. */
export class Analyzer {
  readonly stem: boolean;
  private readonly memo = new Map<string, string>();
  private readonly forms = new Map<string, Analysed | null>();

  constructor(options: AnalyzerOptions = {}) {
    this.stem = options.stem ?? true;
  }

  /** The index term of a folded word (memoised: the vocabulary is small next to the text). */
  termOf(word: string): string {
    let term = this.memo.get(word);
    if (term === undefined) {
      term = this.stem && !/^\p{N}/u.test(word) ? stemmer(lemma(word)) : word;
      if (this.memo.size < 500_000) this.memo.set(word, term);
    }
    return term;
  }

  tokens(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.matchAll(WORD)) {
      const analysed = this.analyse(match[0]);
      if (!analysed) continue;
      tokens.push({ word: analysed.word, term: analysed.term, start: match.index, end: match.index + match[0].length, capitalized: analysed.capitalized });
    }
    return tokens;
  }

  /** Just the index terms of a text, in order (what phrase checks read; no token objects). */
  terms(text: string): string[] {
    const terms: string[] = [];
    for (const match of text.matchAll(WORD)) {
      const analysed = this.analyse(match[0]);
      if (analysed) terms.push(analysed.term);
    }
    return terms;
  }

  /** A written form's word, term and capitalisation (cached: a few thousand forms make up most of any text). */
  private analyse(raw: string): Analysed | null {
    let analysed = this.forms.get(raw);
    if (analysed === undefined) {
      const word = normalizeWord(raw);
      const char = String.fromCodePoint(raw.codePointAt(0)!);
      analysed = word ? { word, term: this.termOf(word), capitalized: char !== char.toLowerCase() } : null;
      // Cleared rather than grown without bound: the common forms come straight back.
      if (this.forms.size >= FORM_CACHE) this.forms.clear();
      this.forms.set(raw, analysed);
    }
    return analysed;
  }
}

