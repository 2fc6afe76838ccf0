/**
 * Compact inverted index: for each term, the ids of the documents holding it (ascending) and how many
 * times each holds it, in flat typed arrays. About 6 bytes per (term, document) pair, against
 * hundreds for Orama's radix tree, id sets and per-document frequency objects.
 */
/** Term counts: one byte each unless some passage repeats a term more than 255 times. */
export type Counts = Uint8Array | Uint16Array;

export interface PostingsData {
  /** Terms in term-id order. */
  terms: string[];
  /** Term id → start of its list in `documents`/`counts` (length terms + 1). */
  offsets: Uint32Array;
  /** Document ids, ascending within each term's list. */
  documents: Uint32Array;
  /** Occurrences of the term in the document (saturated at 65,535). */
  counts: Counts;
  /** Document id → its length in tokens (index 0 unused: Orama's ids start at 1). */
  lengths: Uint32Array;
  averageLength: number;
}

/** One term's list: documents ascending, with the term's count in each. */
export interface PostingList {
  documents: Uint32Array;
  counts: Counts;
}

/** First index at or after `from` whose document is ≥ `document` (galloping, then bisection). */
export function seek(documents: Uint32Array, from: number, document: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < documents.length && documents[high]! < document) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, documents.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (documents[middle]! < document) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class Postings {
  protected readonly ids: Map<string, number>;

  constructor(readonly data: PostingsData, ids?: Map<string, number>) {
    this.ids = ids ?? new Map(data.terms.map((term, id) => [term, id]));
  }

  /**
   * The same postings with every list cut to the allowed documents (a filter): terms, ids, lengths
   * and document frequencies stay the whole index's, so scores are those of the whole corpus.
   */
  restrictedTo(allowed: ReadonlySet<number>): Postings {
    return new RestrictedPostings(this.data, this.ids, allowed);
  }

  /** Documents indexed. */
  get size(): number {
    return this.data.lengths.length - 1;
  }

  get averageLength(): number {
    return this.data.averageLength;
  }

  list(term: string): PostingList | null {
    const id = this.ids.get(term);
    if (id === undefined) return null;
    const { offsets, documents, counts } = this.data;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    return { documents: documents.subarray(start, end), counts: counts.subarray(start, end) };
  }

  /** The term's id (its rank in the term list), or -1 when no document holds it. */
  termId(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** Distinct terms indexed (ids run from 0 to this, exclusive). */
  get terms(): number {
    return this.data.terms.length;
  }

  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.data.offsets[id + 1]! - this.data.offsets[id]!;
  }

  length(document: number): number {
    return this.data.lengths[document] ?? 0;
  }
}

class RestrictedPostings extends Postings {
  private readonly lists = new Map<string, PostingList | null>();

  constructor(data: PostingsData, ids: Map<string, number>, private readonly allowed: ReadonlySet<number>) {
    super(data, ids);
  }

  override list(term: string): PostingList | null {
    let list = this.lists.get(term);
    if (list === undefined) {
      const whole = super.list(term);
      list = null;
      if (whole) {
        const keep: number[] = [];
        whole.documents.forEach((document, i) => this.allowed.has(document) && keep.push(i));
        if (keep.length > 0) {
          const counts = whole.counts instanceof Uint8Array ? new Uint8Array(keep.length) : new Uint16Array(keep.length);
          keep.forEach((at, i) => (counts[i] = whole.counts[at]!));
          list = { documents: Uint32Array.from(keep, (at) => whole.documents[at]!), counts };
        }
      }
      this.lists.set(term, list);
    }
    return list;
  }

  override restrictedTo(allowed: ReadonlySet<number>): Postings {
    return new RestrictedPostings(this.data, this.ids, new Set([...allowed].filter((document) => this.allowed.has(document))));
  }
}

/** Growable typed array of unsigned 32-bit values. */
class Column {
  values = new Uint32Array(1 << 16);
  size = 0;

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }
}

/**
 * Collects (term, document, count) triples as documents arrive in id order, then groups them by term
 * with one counting sort, which keeps each term's documents ascending.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** One document's term counts (reused). */
  private readonly counts = new Map<string, number>();
  private readonly termColumn = new Column();
  private readonly documentColumn = new Column();
  private readonly countColumn = new Column();
  private readonly lengths = new Column();
  private averageLength = 0;
  private documents = 0;
  private maxCount = 0;

  constructor() {
    this.lengths.push(0);
  }

  /** Adds the next document (ids are consecutive from 1) with its tokens' terms. */
  add(document: number, tokens: readonly string[]): void {
    if (document !== this.lengths.size) throw new Error(`documents must arrive in id order: expected ${this.lengths.size}, got ${document}`);
    const counts = this.counts;
    counts.clear();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [term, count] of counts) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(term, id);
        this.terms.push(term);
      }
      this.termColumn.push(id);
      this.documentColumn.push(document);
      this.countColumn.push(Math.min(count, 0xffff));
      if (count > this.maxCount) this.maxCount = count;
    }
    this.lengths.push(tokens.length);
    this.documents++;
    // The running mean as Orama keeps it, so that scores match its statistics to the last bit.
    this.averageLength = (this.averageLength * (this.documents - 1) + tokens.length) / this.documents;
  }

  finish(): Postings {
    const termCount = this.terms.length;
    const pairs = this.termColumn.size;
    const offsets = new Uint32Array(termCount + 1);
    const termOf = this.termColumn.values;
    for (let i = 0; i < pairs; i++) offsets[termOf[i]! + 1] = offsets[termOf[i]! + 1]! + 1;
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t + 1]! + offsets[t]!;
    const next = offsets.slice(0, termCount);
    const documents = new Uint32Array(pairs);
    const counts = this.maxCount <= 0xff ? new Uint8Array(pairs) : new Uint16Array(pairs);
    for (let i = 0; i < pairs; i++) {
      const term = termOf[i]!;
      const at = next[term]!;
      next[term] = at + 1;
      documents[at] = this.documentColumn.values[i]!;
      counts[at] = this.countColumn.values[i]!;
    }
    return new Postings({
      terms: this.terms,
      offsets,
      documents,
      counts,
      lengths: this.lengths.values.slice(0, this.lengths.size),
      averageLength: this.averageLength,
    });
  }
}
