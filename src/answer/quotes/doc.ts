import { findTopLevelSpans, mayHoldQuote, type MarkSpan } from './marks.js';
import type { PassageDoc, QuotedPassage } from './model.js';
import type { PersonLexicon, PersonMention } from './names.js';
import { tagTerms, type Term } from './nlp.js';
import { sentenceStarts } from './sentences.js';

const NO_SPANS: MarkSpan[] = [];

/**
 * A passage whose words are tagged one sentence at a time, only when first needed: tagging is by far
 * the costliest step, and most sentences of a large corpus hold no quote and name no speaker of one.
 */
export class LazyPassageDoc implements PassageDoc {
  readonly spans: MarkSpan[];
  private sentenceBounds: number[] | null = null;
  private readonly fullTerms = new Map<number, Term[]>();
  private readonly outside = new Map<number, Term[]>();
  private readonly named = new Map<number, PersonMention[]>();
  private readonly namedOutside = new Map<number, PersonMention[]>();

  constructor(
    readonly passage: QuotedPassage,
    private readonly lexicon: PersonLexicon,
  ) {
    this.spans = mayHoldQuote(passage.text) ? findTopLevelSpans(passage.text) : NO_SPANS;
  }

  get starts(): number[] {
    return (this.sentenceBounds ??= sentenceStarts(this.passage.text, 0, this.passage.text.length, this.spans));
  }

  private sentenceEnd(index: number): number {
    return this.starts[index + 1] ?? this.passage.text.length;
  }

  /** The tagged words of sentence `index`, quotes included, offsets into the passage. */
  private wholeSentenceTerms(index: number): Term[] {
    return this.tagged(this.fullTerms, index, (text) => text);
  }

  /**
   * The tagged words of sentence `index` as the writer's own words around its quotes: each quote is
   * tagged as its first and last words only, so that the words around it keep their context while
   * most of what is quoted (the bulk of a quoting sentence) is never read by the tagger.
   */
  sentenceTerms(index: number): Term[] {
    return this.tagged(this.outside, index, (text, from) => elideQuotes(text, from, this.spans));
  }

  private tagged(cache: Map<number, Term[]>, index: number, prepare: (text: string, from: number) => string): Term[] {
    let terms = cache.get(index);
    if (!terms) {
      const from = this.starts[index]!;
      terms = tagTerms(prepare(this.passage.text.slice(from, this.sentenceEnd(index)), from), from);
      cache.set(index, terms);
    }
    return terms;
  }

  private sentencesOverlapping(from: number, to: number): number[] {
    const out: number[] = [];
    this.starts.forEach((start, i) => {
      if (start < to && this.sentenceEnd(i) > from) out.push(i);
    });
    return out;
  }

  /** Does text[from, to) reach into the words of a quote? */
  private quotesWithin(from: number, to: number): boolean {
    return this.spans.some((s) => s.contentStart < to && s.contentEnd > from);
  }

  termsBetween(from: number, to: number): Term[] {
    const own = !this.quotesWithin(from, to);
    return this.sentencesOverlapping(from, to).flatMap((i) => (own ? this.sentenceTerms(i) : this.wholeSentenceTerms(i)).filter((t) => t.start >= from && t.end <= to));
  }

  get terms(): Term[] {
    return this.termsBetween(0, this.passage.text.length);
  }

  peopleBetween(from: number, to: number): PersonMention[] {
    if (!this.quotesWithin(from, to)) return this.peopleOutsideQuotes(from, to);
    return this.sentencesOverlapping(from, to).flatMap((i) => {
      let found = this.named.get(i);
      if (!found) this.named.set(i, (found = this.lexicon.mentions(this.wholeSentenceTerms(i), this.passage.text)));
      return found.filter((m) => m.start >= from && m.end <= to);
    });
  }

  peopleOutsideQuotes(from: number, to: number): PersonMention[] {
    return this.sentencesOverlapping(from, to).flatMap((i) => {
      let found = this.namedOutside.get(i);
      if (!found) this.namedOutside.set(i, (found = this.lexicon.mentions(this.sentenceTerms(i), this.passage.text)));
      return found.filter((m) => m.start >= from && m.end <= to && !this.quotesWithin(m.start, m.end));
    });
  }

  get people(): PersonMention[] {
    return this.peopleBetween(0, this.passage.text.length);
  }

  sentenceText(index: number): string {
    return this.passage.text.slice(this.starts[index]!, this.sentenceEnd(index));
  }

  /** Sentences that may introduce a person: two capitalised words in a row, or a capitalised word before a verb of saying. */
  namingSentences(): number[] {
    return this.starts.map((_, i) => i).filter((i) => MAY_NAME.test(this.sentenceText(i)));
  }
}

/** Blanks the middle of every quote in a sentence (offsets kept): its first and last words stay as the context of the words around it. */
function elideQuotes(text: string, from: number, spans: readonly MarkSpan[]): string {
  let out = text;
  for (const span of spans) {
    const start = span.contentStart - from;
    const end = span.contentEnd - from;
    if (end <= 0 || start >= text.length) continue;
    const words = [...out.slice(Math.max(0, start), Math.min(text.length, end)).matchAll(/\S+/g)];
    if (words.length <= 2) continue;
    const keepFrom = Math.max(0, start) + words[0]!.index + words[0]![0].length;
    const keepTo = Math.max(0, start) + words.at(-1)!.index;
    out = out.slice(0, keepFrom) + ' '.repeat(keepTo - keepFrom) + out.slice(keepTo);
  }
  return out;
}

const MAY_NAME = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|di|du|del|der|den|van|von|la|le|bin|ibn|al)\s+)?\p{Lu}|\p{Lu}[\p{L}'’-]*\s+(?:said|says|told|added|wrote|declared|stated|announced)\b/u;
