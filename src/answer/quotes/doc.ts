import type { Passage } from '../../corpus/types.js';
import { findTopLevelSpans, mayHoldQuote, type MarkSpan } from './marks.js';
import type { PassageDoc } from './model.js';
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
  private readonly tagged = new Map<number, Term[]>();
  private readonly named = new Map<number, PersonMention[]>();

  constructor(
    readonly passage: Passage,
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

  /** The tagged words of sentence `index`, offsets into the passage. */
  sentenceTerms(index: number): Term[] {
    let terms = this.tagged.get(index);
    if (!terms) {
      const from = this.starts[index]!;
      terms = tagTerms(this.passage.text.slice(from, this.sentenceEnd(index))).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
      this.tagged.set(index, terms);
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

  termsBetween(from: number, to: number): Term[] {
    return this.sentencesOverlapping(from, to).flatMap((i) => this.sentenceTerms(i).filter((t) => t.start >= from && t.end <= to));
  }

  get terms(): Term[] {
    return this.termsBetween(0, this.passage.text.length);
  }

  peopleBetween(from: number, to: number): PersonMention[] {
    return this.sentencesOverlapping(from, to).flatMap((i) => {
      let found = this.named.get(i);
      if (!found) this.named.set(i, (found = this.lexicon.mentions(this.sentenceTerms(i), this.passage.text)));
      return found.filter((m) => m.start >= from && m.end <= to);
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

const MAY_NAME = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|di|du|del|der|den|van|von|la|le|bin|ibn|al)\s+)?\p{Lu}|\p{Lu}[\p{L}'’-]*\s+(?:said|says|told|added|wrote|declared|stated|announced)\b/u;
