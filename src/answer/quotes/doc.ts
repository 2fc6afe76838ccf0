import type { Passage } from '../../corpus/types.js';
import { findTopLevelSpans, type MarkSpan } from './marks.js';
import type { PassageDoc } from './model.js';
import type { PersonLexicon, PersonMention } from './names.js';
import { tagTerms, type Term } from './nlp.js';
import { sentenceStarts } from './sentences.js';

/**
 * A passage whose words are tagged only when first needed: tagging is by far the costliest step, and
 * most paragraphs of a large corpus hold no quote and name no speaker of one.
 */
export class LazyPassageDoc implements PassageDoc {
  readonly spans: MarkSpan[];
  readonly starts: number[];
  private tagged: Term[] | null = null;
  private named: PersonMention[] | null = null;

  constructor(
    readonly passage: Passage,
    private readonly lexicon: PersonLexicon,
  ) {
    this.spans = findTopLevelSpans(passage.text);
    this.starts = sentenceStarts(passage.text, 0, passage.text.length, this.spans);
  }

  get terms(): Term[] {
    return (this.tagged ??= tagTerms(this.passage.text));
  }

  get people(): PersonMention[] {
    return (this.named ??= this.lexicon.mentions(this.terms, this.passage.text));
  }
}
