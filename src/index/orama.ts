import { create, insert, load, type AnyOrama, type Tokenizer } from '@orama/orama';
import type { Analyzer, Token } from './analyzer.js';
import { DATE_FIELD, OUTLET_FIELD, dateNumber, type ArticleWhere } from './article-fields.js';
import { compactIndex, idOnlyDocumentsStore, postingsOf, type CompactIndexStore } from './orama-component.js';
import type { PostingList, Postings, PostingsData } from './postings.js';

const FIELD = 'text';

/** A passage to index: its text, and its article's outlet and date when known. */
export interface ArticlePassage {
  id: string;
  text: string;
  outlet?: string | null;
  date?: string | null;
}

/** The Orama fields of a passage's article metadata (absent when unknown). */
function fieldsOf(passage: ArticlePassage): Record<string, string | number> {
  const fields: Record<string, string | number> = {};
  if (passage.outlet) fields[OUTLET_FIELD] = passage.outlet;
  const date = passage.date ? dateNumber(passage.date) : undefined;
  if (date !== undefined) fields[DATE_FIELD] = date;
  return fields;
}

/**
 * An Orama tokenizer over our analyzer. Duplicates are kept so that the index stores true term
 * counts and field lengths (Orama's default tokenizer de-duplicates).
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

/** The same configuration for building and for loading (Orama's `restore()` would drop the tokenizer). */
function createDb(analyzer: Analyzer, observe?: (tokens: Token[]) => void): AnyOrama {
  return create({
    schema: { [FIELD]: 'string', [OUTLET_FIELD]: 'enum', [DATE_FIELD]: 'number' } as const,
    // Sorting by the text field is never asked for; Orama would keep a sort entry per passage.
    sort: { enabled: false },
    components: {
      tokenizer: oramaTokenizer(analyzer, observe),
      index: compactIndex(FIELD) as never,
      documentsStore: idOnlyDocumentsStore() as never,
    },
  });
}

/**
 * Orama over passage texts with our compact index component, read term by term: terms are looked up
 * exactly (Orama's default index prefix-matches every term) and scored by `retrieve`. Internal id
 * `i` is passage position `i - 1`: passages are inserted, and loaded, in corpus order.
 */
export class OramaPassageIndex {
  private readonly postingsData: Postings;

  private constructor(
    readonly db: AnyOrama,
    postings?: Postings,
  ) {
    this.postingsData = postings ?? postingsOf(db.data.index as unknown as CompactIndexStore);
  }

  /** Indexes the passages in order, with their article's outlet and date; `observe` sees every passage's tokens (the vocabulary is counted from them). */
  static build(passages: readonly ArticlePassage[], analyzer: Analyzer, observe?: (tokens: Token[]) => void): OramaPassageIndex {
    const db = createDb(analyzer, observe);
    for (const passage of passages) {
      const done = insert(db, { id: passage.id, [FIELD]: passage.text, ...fieldsOf(passage) });
      if (done instanceof Promise) throw new Error('Orama insert went asynchronous: no async hooks are configured');
    }
    db.tokenizer = oramaTokenizer(analyzer);
    return new OramaPassageIndex(db);
  }

  /** The postings as typed arrays, for the snapshot. */
  save(): PostingsData {
    return this.postingsData.data;
  }

  /** Created with the same configuration, then loaded through Orama with the passages' ids in corpus order (their outlet and date set again: the snapshot does not hold them). */
  static load(data: PostingsData, passages: readonly ArticlePassage[], analyzer: Analyzer): OramaPassageIndex {
    const db = createDb(analyzer);
    const passageIds = passages.map((passage) => passage.id);
    load(db, {
      internalDocumentIDStore: { internalIdToId: passageIds },
      index: data,
      docs: { count: passageIds.length },
      sorting: db.sorter.save(db.data.sorting),
      pinning: db.pinning.save(db.data.pinning),
      language: 'english',
    });
    const { fields } = db.data.index as unknown as CompactIndexStore;
    passages.forEach((passage, i) => {
      for (const [field, value] of Object.entries(fieldsOf(passage))) fields.set(i + 1, field, value);
    });
    return new OramaPassageIndex(db);
  }

  /** The passages (internal ids) whose article passes Orama's `where` on outlet and date. */
  where(clauses: ArticleWhere): Set<number> {
    return this.db.index.searchByWhereClause(this.db.data.index, this.db.tokenizer, clauses as never, 'english') as Set<number>;
  }

  /** This index seen through a filter: lists hold only the allowed passages; statistics stay the whole corpus's. */
  restrictedTo(allowed: ReadonlySet<number>): OramaPassageIndex {
    return new OramaPassageIndex(this.db, this.postingsData.restrictedTo(allowed));
  }

  get size(): number {
    return this.postingsData.size;
  }

  get averageLength(): number {
    return this.postingsData.averageLength;
  }

  /** The passages (internal ids, ascending) containing exactly this term, with the term's count in each; or null. */
  postings(term: string): PostingList | null {
    return this.postingsData.list(term);
  }

  documentFrequency(term: string): number {
    return this.postingsData.documentFrequency(term);
  }

  /** The term's id in the postings, or -1 when no passage holds it: lets per-passage work compare numbers, not strings. */
  termId(term: string): number {
    return this.postingsData.termId(term);
  }

  /** Distinct terms indexed (term ids run from 0 to this, exclusive). */
  get terms(): number {
    return this.postingsData.terms;
  }

  /** Length of the passage in tokens. */
  length(internalId: number): number {
    return this.postingsData.length(internalId);
  }

  position(internalId: number): number {
    return internalId - 1;
  }
}
