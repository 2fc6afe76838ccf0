import { stemmer } from 'stemmer';
import { foldWord } from './fold.js';
import { lemma } from './lemma.js';
import { STOP_WORDS } from './stopwords.js';

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

/** Splits text into words and index terms; the same analysis serves indexing, questions and highlighting. */
export class Analyzer {
  readonly stem: boolean;
  private readonly memo = new Map<string, string>();

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
      const word = normalizeWord(match[0]);
      if (!word) continue;
      const first = match[0].codePointAt(0)!;
      const char = String.fromCodePoint(first);
      tokens.push({
        word,
        term: this.termOf(word),
        start: match.index,
        end: match.index + match[0].length,
        capitalized: char !== char.toLowerCase(),
      });
    }
    return tokens;
  }
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
