import type { AnyDocument, IDocumentsStore, IIndex, SearchableType, TokenScore } from '@orama/orama';
import { ArticleFields, DATE_FIELD, OUTLET_FIELD, type ArticleWhere } from './article-fields.js';
import { Postings, PostingsBuilder, type PostingsData } from './postings.js';

/** Orama's shared id store (its type is not exported by name). */
type InternalDocumentIDStore = Parameters<IDocumentsStore['load']>[0];

/**
 * Orama components for one full-text field, built for memory rather than for updates:
 *
 * - the index keeps compact typed-array postings (`Postings`) instead of Orama's radix tree, id sets
 *   and per-document frequency objects (7 KB per passage at 100k passages, most of the heap); terms
 *   are matched exactly, never as prefixes;
 * - the documents store keeps no copy of the documents: the corpus already holds the text, so a
 *   document is known by its id alone.
 *
 * Orama still runs `create`, `insert`, `search`, `save` and `load` through them. Each passage also
 * carries its article's outlet and date (article-fields.ts) for Orama's `where`. Documents are
 * append-only: a changed corpus gets a new index (src/answer/living.ts); removal is not supported.
 */
export interface CompactIndexStore {
  field: string;
  searchableProperties: string[];
  searchablePropertiesWithTypes: Record<string, SearchableType>;
  /** Orama's search reads this; there are no vector fields. */
  vectorIndexes: Record<string, never>;
  /** Filled while documents are inserted; replaced by `postings` once the build is finished. */
  builder: PostingsBuilder | null;
  postings: Postings | null;
  /** Outlet and date per passage: inserted with it, or set after a snapshot is loaded (they are not saved in it). */
  fields: ArticleFields;
}

/** The postings of a finished (or loaded) index; throws while documents are still being inserted. */
export function postingsOf(store: CompactIndexStore): Postings {
  if (!store.postings) {
    if (!store.builder) throw new Error('index has neither postings nor a builder');
    store.postings = store.builder.finish();
    store.builder = null;
  }
  return store.postings;
}

function unsupported(what: string): never {
  throw new Error(`${what} is not supported by the compact passage index (append-only, one text field)`);
}

export function compactIndex(field: string): IIndex<CompactIndexStore> {
  const empty = (): CompactIndexStore => ({
    field,
    searchableProperties: [field, OUTLET_FIELD, DATE_FIELD],
    searchablePropertiesWithTypes: { [field]: 'string', [OUTLET_FIELD]: 'enum', [DATE_FIELD]: 'number' },
    vectorIndexes: {},
    builder: new PostingsBuilder(),
    postings: null,
    fields: new ArticleFields(),
  });
  const component = {
    create: empty,
    insert(_implementation, index, prop, _id, internalId, value, _type, language, tokenizer) {
      if (prop !== field) {
        if (!index.fields.set(internalId, prop, value)) unsupported(`indexing ${prop}`);
        return;
      }
      if (typeof value !== 'string') unsupported(`indexing ${prop}`);
      if (!index.builder) unsupported('inserting after the index was finished');
      index.builder.add(internalId, tokenizer.tokenize(value, language, prop, false));
    },
    remove: () => unsupported('removing documents'),
    insertDocumentScoreParameters: () => unsupported('Orama score parameters'),
    insertTokenScoreParameters: () => unsupported('Orama score parameters'),
    removeDocumentScoreParameters: () => unsupported('Orama score parameters'),
    removeTokenScoreParameters: () => unsupported('Orama score parameters'),
    calculateResultScores: () => unsupported('Orama score parameters'),
    /** Orama's `search`: BM25 with its relevance parameters over exactly matching terms. */
    search(index, term, tokenizer, language, _properties, _exact, _tolerance, _boost, relevance, docsCount, whereFiltersIDs) {
      const postings = postingsOf(index as CompactIndexStore);
      const scores = new Map<number, number>();
      for (const token of new Set(tokenizer.tokenize(term, language))) {
        const list = postings.list(token);
        if (!list) continue;
        const df = list.documents.length;
        const idf = Math.log(1 + (docsCount - df + 0.5) / (df + 0.5));
        const average = postings.averageLength || 1;
        list.documents.forEach((document, i) => {
          if (whereFiltersIDs && !whereFiltersIDs.has(document)) return;
          const tf = list.counts[i]!;
          const norm = tf + relevance.k * (1 - relevance.b + (relevance.b * postings.length(document)) / average);
          scores.set(document, (scores.get(document) ?? 0) + idf * (relevance.d + (tf * (relevance.k + 1)) / norm));
        });
      }
      return [...scores].sort((a, b) => b[1] - a[1]) as TokenScore[];
    },
    /** Orama's `where`: the passages whose article matches (outlet, one or several; date range as YYYYMMDD). */
    searchByWhereClause(index, _tokenizer, where) {
      const { outlet, date, ...rest } = where as ArticleWhere & Record<string, unknown>;
      if (Object.keys(rest).length > 0) unsupported(`where on ${Object.keys(rest).join(', ')}`);
      const clauses: ArticleWhere = { ...(outlet !== undefined ? { outlet } : {}), ...(date !== undefined ? { date } : {}) };
      const store = index as unknown as CompactIndexStore;
      return store.fields.matching(clauses, postingsOf(store).size);
    },
    getSearchableProperties: (index) => index.searchableProperties,
    getSearchablePropertiesWithTypes: (index) => index.searchablePropertiesWithTypes,
    load: <R>(_shared: InternalDocumentIDStore, raw: R) => ({ ...empty(), builder: null, postings: new Postings(raw as PostingsData) }),
    save: <R>(index: CompactIndexStore) => postingsOf(index).data as R,
  } satisfies IIndex<CompactIndexStore>;
  return component;
}

interface IdOnlyStore {
  docs: Record<number, AnyDocument>;
  shared: InternalDocumentIDStore;
  count: number;
}

/** A documents store that remembers only how many documents there are; a document is returned as `{ id }`. */
export function idOnlyDocumentsStore(): IDocumentsStore<IdOnlyStore> {
  const idOnly = (store: IdOnlyStore, id: number | string): AnyDocument | undefined => {
    const internalId = typeof id === 'number' ? id : store.shared.idToInternalId.get(id);
    return internalId && internalId <= store.count ? { id: store.shared.internalIdToId[internalId - 1] } : undefined;
  };
  return {
    create: (_orama, shared) => ({ docs: {}, shared, count: 0 }),
    get: idOnly,
    getMultiple: (store, ids) => ids.map((id) => idOnly(store, id)),
    getAll: (store) => Object.fromEntries(Array.from({ length: store.count }, (_, i) => [i + 1, idOnly(store, i + 1)!])),
    store: (store) => {
      store.count++;
      return true;
    },
    remove: () => unsupported('removing documents'),
    count: (store) => store.count,
    load: <R>(shared: InternalDocumentIDStore, raw: R) => ({ docs: {}, shared, count: (raw as { count: number }).count }),
    save: <R>(store: IdOnlyStore) => ({ count: store.count }) as R,
  };
}
