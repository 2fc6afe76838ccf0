import type { Corpus } from '../corpus/types.js';
import type { QuoteOptions, QuoteResult, SpeakerCount } from './types.js';

// PLACEHOLDER (replaced by the quotations issue): the API the engine wires to.
export interface QuoteBook {
  readonly size: number;
}

export function buildQuoteBook(_corpus: Corpus): QuoteBook {
  return { size: 0 };
}

export function searchQuotes(_book: QuoteBook, text: string | null, _options: QuoteOptions = {}): QuoteResult {
  return { query: text ?? '', quotes: [] };
}

export function listSpeakers(_book: QuoteBook, _prefix?: string): SpeakerCount[] {
  return [];
}
