import { create, insert, load, save, type AnyOrama, type RawData, type Tokenizer } from '@orama/orama';
import { index as indexComponent } from '@orama/orama/components';
import type { radix } from '@orama/orama/trees';
import type { Analyzer, Token } from './analyzer.js';

/** The parts of Orama's full-text index store that scoring reads. */
interface TextIndexStore {
  indexes: Record<string, { type: string; node: radix.RadixNode }>;
  frequencies: Record<string, Record<number, Record<string, number> | undefined>>;
  fieldLengths: Record<string, Record<number, number | undefined>>;
  avgFieldLength: Record<string, number | undefined>;
}

const FIELD = 'text';

/**
 * An Orama tokenizer over our analyzer. Duplicates are kept so that Orama stores true term
 * frequencies and field lengths (its default tokenizer de-duplicates, which flattens every tf to 1/len).
 */
function oramaTokenizer(analyzer: Analyzer, observe?: (tokens: Token[]) => void): Tokenizer {
  return {
    language: 'english',
    normalizationCache: new Map(),
    tokenize(raw) {
      const tokens = analyzer.tokens(raw);
      observe?.(tokens);
      return tokens.map((token) => token.term);
    },
  };
}

const termCounts = new WeakMap<string[], Map<string, number>>();

/**
 * Orama's insertTokenScoreParameters rescans the whole token list for every token (quadratic in the
 * passage length) and, given duplicate tokens, counts a document once per occurrence. This one counts
 * each passage's tokens once and records each term once per document.
 */
function insertTokenScoreParameters(store: unknown, prop: string, id: unknown, tokens: string[], token: string): void {
  const index = store as TextIndexStore & { tokenOccurrences: Record<string, Record<string, number>> };
  let counts = termCounts.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    termCounts.set(tokens, counts);
  }
  const frequencies = index.frequencies[prop]![id as number]!;
  if (Object.hasOwn(frequencies, token)) return;
  frequencies[token] = counts.get(token)! / tokens.length;
  const occurrences = index.tokenOccurrences[prop]!;
  occurrences[token] = (occurrences[token] ?? 0) + 1;
}

function createDb(analyzer: Analyzer, observe?: (tokens: Token[]) => void): AnyOrama {
  return create({
    schema: { [FIELD]: 'string' } as const,
    components: {
      tokenizer: oramaTokenizer(analyzer, observe),
      index: { ...indexComponent.createIndex(), insertTokenScoreParameters } as never,
    },
  });
}

/**
 * Orama over passage texts, read term by term. Orama's own `search` matches every word that starts
 * with a query term (prefix matching cannot be turned off without its case-sensitive `exact`
 * filter), so terms are looked up exactly in its radix tree and scored with its stored statistics.
 */
export class OramaPassageIndex {
  private readonly store: TextIndexStore;
  /** Orama internal id (1-based) → position in the passage list. */
  private readonly positionOf: Int32Array;
  private readonly root: radix.RadixNode;

  private constructor(
    readonly db: AnyOrama,
    passageIds: readonly string[],
  ) {
    this.store = db.data.index as unknown as TextIndexStore;
    this.root = this.store.indexes[FIELD]!.node;
    const position = new Map(passageIds.map((id, i) => [id, i]));
    const internalIds = (db.internalDocumentIDStore as unknown as { internalIdToId: string[] }).internalIdToId;
    this.positionOf = new Int32Array(internalIds.length + 1).fill(-1);
    internalIds.forEach((id, i) => {
      this.positionOf[i + 1] = position.get(id) ?? -1;
    });
  }

  /** Indexes the passages; `observe` sees every passage's tokens (the vocabulary is counted from them). */
  static build(
    passages: ReadonlyArray<{ id: string; text: string }>,
    analyzer: Analyzer,
    observe?: (tokens: Token[]) => void,
  ): OramaPassageIndex {
    const db = createDb(analyzer, observe);
    for (const passage of passages) {
      const done = insert(db, { id: passage.id, [FIELD]: passage.text });
      if (done instanceof Promise) throw new Error('Orama insert went asynchronous: no async hooks are configured');
    }
    db.tokenizer = oramaTokenizer(analyzer);
    return new OramaPassageIndex(
      db,
      passages.map((p) => p.id),
    );
  }

  /** Orama's own serialisable state. */
  save(): RawData {
    return save(this.db);
  }

  /** `restore()` would drop our tokenizer: create with the same config, then load the data into it. */
  static load(raw: RawData, passageIds: readonly string[], analyzer: Analyzer): OramaPassageIndex {
    const db = createDb(analyzer);
    load(db, raw);
    return new OramaPassageIndex(db, passageIds);
  }

  get size(): number {
    return this.positionOf.length - 1;
  }

  get averageLength(): number {
    return this.store.avgFieldLength[FIELD] ?? 0;
  }

  /** Internal ids of the passages containing exactly this term, or null. */
  postings(term: string): ReadonlySet<number> | null {
    let node = this.root;
    let i = 0;
    while (i < term.length) {
      const child = node.c.get(term[i]!);
      if (!child || !term.startsWith(child.s, i)) return null;
      node = child;
      i += child.s.length;
    }
    return node.e && node.d.size > 0 ? node.d : null;
  }

  documentFrequency(term: string): number {
    return this.postings(term)?.size ?? 0;
  }

  /** How many times the term occurs in the passage. */
  termCount(internalId: number, term: string): number {
    const relative = this.store.frequencies[FIELD]?.[internalId]?.[term] ?? 0;
    return Math.round(relative * this.length(internalId));
  }

  length(internalId: number): number {
    return this.store.fieldLengths[FIELD]?.[internalId] ?? 0;
  }

  position(internalId: number): number {
    return this.positionOf[internalId] ?? -1;
  }
}
