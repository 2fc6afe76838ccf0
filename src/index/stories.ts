import type { PostingsData } from './postings.js';

/**
 * Cosine similarity at which two articles are linked as one story. Measured with the story among
 * State of the Union prose: the story's articles are 0.50–0.61 apart, no other article within 0.07.
 */
export const LINK_SIMILARITY = 0.2;
/** Terms per article kept for linking: its most distinctive ones carry what it is about. */
const TERMS_PER_ARTICLE = 50;

/** Sparse vectors, one per row, in flat arrays: row r's entries are [starts[r], starts[r + 1]). */
interface Rows {
  starts: Uint32Array;
  columns: Uint32Array;
  values: Float64Array;
}

/**
 * Articles grouped into stories: two articles whose tf-idf vectors (over whole articles, log tf,
 * idf over articles) have a cosine of at least LINK_SIMILARITY are linked, and a story is a connected
 * group of two or more (single link). Computed from the postings, so a snapshot need not store it.
 * `articleOf`: document id → article number (each article's documents consecutive; -1: in none).
 * Returns, per document id, its story number (≥ 0), or -1 for an article that joins none.
 */
export function findStories(data: PostingsData, articleOf: Int32Array): Int32Array {
  let articles = 0;
  for (let document = 1; document < articleOf.length; document++) articles = Math.max(articles, articleOf[document]! + 1);
  const stories = new Int32Array(articleOf.length).fill(-1);
  if (articles < 2) return stories;
  const { vectors, frequency } = articleVectors(data, articleOf, articles);
  const strongest = strongestShared(vectors, frequency);
  const group = linkSimilar(strongest, transpose(strongest, frequency.length));
  // Groups of two or more articles, numbered in corpus order.
  const size = new Int32Array(articles);
  for (let article = 0; article < articles; article++) size[group(article)]!++;
  const number = new Int32Array(articles).fill(-1);
  let next = 0;
  for (let document = 1; document < articleOf.length; document++) {
    if (articleOf[document]! < 0) continue;
    const root = group(articleOf[document]!);
    if (size[root]! < 2) continue;
    if (number[root] === -1) number[root] = next++;
    stories[document] = number[root]!;
  }
  return stories;
}

/** Each article's tf-idf vector (terms as columns), and in how many articles each term appears. */
function articleVectors(data: PostingsData, articleOf: Int32Array, articles: number): { vectors: Rows; frequency: Uint32Array } {
  const frequency = new Uint32Array(data.offsets.length - 1);
  const starts = new Uint32Array(articles + 1);
  forEachArticleTerm(data, articleOf, (article, term) => {
    frequency[term]!++;
    starts[article + 1]!++;
  });
  for (let article = 0; article < articles; article++) starts[article + 1] = starts[article + 1]! + starts[article]!;
  const idf = Float64Array.from(frequency, (count) => (count > 0 ? Math.log(articles / count) : 0));
  const columns = new Uint32Array(starts[articles]!);
  const values = new Float64Array(starts[articles]!);
  const filled = starts.slice(0, articles);
  forEachArticleTerm(data, articleOf, (article, term, count) => {
    const at = filled[article]!++;
    columns[at] = term;
    values[at] = logCount(count) * idf[term]!;
  });
  return { vectors: { starts, columns, values }, frequency };
}

const LOG_COUNTS = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(Math.max(count, 1)));
/** 1 + ln(count), from a table for the usual small counts. */
const logCount = (count: number): number => (count < 256 ? LOG_COUNTS[count]! : 1 + Math.log(count));

/** Calls `visit` once per (article, term) pair with the term's count over the article's documents. */
function forEachArticleTerm(data: PostingsData, articleOf: Int32Array, visit: (article: number, term: number, count: number) => void): void {
  const { offsets, documents, counts } = data;
  for (let term = 0; term + 1 < offsets.length; term++) {
    const end = offsets[term + 1]!;
    let at = offsets[term]!;
    while (at < end) {
      const article = articleOf[documents[at]!]!;
      let count = 0;
      for (; at < end && articleOf[documents[at]!] === article; at++) count += counts[at]!;
      if (article >= 0) visit(article, term, count);
    }
  }
}

/** Each article's TERMS_PER_ARTICLE strongest terms among those another article shares, normalised over its whole vector. */
function strongestShared({ starts, columns, values }: Rows, frequency: Uint32Array): Rows {
  const articles = starts.length - 1;
  const keptStarts = new Uint32Array(articles + 1);
  const keptColumns: number[] = [];
  const keptValues: number[] = [];
  let scratch = new Float64Array(1024);
  for (let article = 0; article < articles; article++) {
    const from = starts[article]!;
    const to = starts[article + 1]!;
    if (scratch.length < to - from) scratch = new Float64Array(to - from);
    let norm = 0;
    let shared = 0;
    for (let at = from; at < to; at++) {
      norm += values[at]! ** 2;
      if (frequency[columns[at]!]! >= 2) scratch[shared++] = values[at]!;
    }
    norm = Math.sqrt(norm) || 1;
    const floor = shared > TERMS_PER_ARTICLE ? kthLargest(scratch, shared, TERMS_PER_ARTICLE) : 0;
    for (let at = from; at < to; at++) {
      if (frequency[columns[at]!]! < 2 || values[at]! < floor) continue;
      keptColumns.push(columns[at]!);
      keptValues.push(values[at]! / norm);
    }
    keptStarts[article + 1] = keptColumns.length;
  }
  return { starts: keptStarts, columns: Uint32Array.from(keptColumns), values: Float64Array.from(keptValues) };
}

/** The same entries by column: per term, the articles holding it (ascending) and their weights. */
function transpose({ starts, columns, values }: Rows, width: number): Rows {
  const byColumn = new Uint32Array(width + 1);
  for (const column of columns) byColumn[column + 1]!++;
  for (let column = 0; column < width; column++) byColumn[column + 1] = byColumn[column + 1]! + byColumn[column]!;
  const rows = new Uint32Array(columns.length);
  const weights = new Float64Array(columns.length);
  const filled = byColumn.slice(0, width);
  for (let row = 0; row + 1 < starts.length; row++) {
    for (let at = starts[row]!; at < starts[row + 1]!; at++) {
      const slot = filled[columns[at]!]!++;
      rows[slot] = row;
      weights[slot] = values[at]!;
    }
  }
  return { starts: byColumn, columns: rows, values: weights };
}

/** Links every pair of articles at LINK_SIMILARITY or more (union-find); returns each article's group root. */
function linkSimilar(vectors: Rows, holders: Rows): (article: number) => number {
  const articles = vectors.starts.length - 1;
  const parent = Int32Array.from({ length: articles }, (_, article) => article);
  const root = (article: number): number => {
    while (parent[article] !== article) article = parent[article] = parent[parent[article]!]!;
    return article;
  };
  const similarity = new Float64Array(articles);
  const touched = new Uint32Array(articles);
  for (let article = 0; article < articles; article++) {
    let seen = 0;
    for (let at = vectors.starts[article]!; at < vectors.starts[article + 1]!; at++) {
      const term = vectors.columns[at]!;
      const weight = vectors.values[at]!;
      // Holders ascend: only the later articles are compared, so each pair once.
      for (let slot = holders.starts[term + 1]! - 1; slot >= holders.starts[term]! && holders.columns[slot]! > article; slot--) {
        const other = holders.columns[slot]!;
        if (similarity[other] === 0) touched[seen++] = other;
        similarity[other] = similarity[other]! + weight * holders.values[slot]!;
      }
    }
    for (let i = 0; i < seen; i++) {
      const other = touched[i]!;
      if (similarity[other]! >= LINK_SIMILARITY) parent[root(other)] = root(article);
      similarity[other] = 0;
    }
  }
  return root;
}

/** The k-th largest of values[0, n) (quickselect; reorders them). */
function kthLargest(values: Float64Array, n: number, k: number): number {
  let low = 0;
  let high = n - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}
