import type { PostingsData } from './postings.js';

/** Cosine similarity (tf-idf over whole articles) at which two articles are linked as one story. */
export const LINK_SIMILARITY = 0.2;
/** Terms per article kept for linking: its most distinctive ones carry what it is about. */
const TERMS_PER_ARTICLE = 50;

/**
 * Articles grouped into stories: two articles whose tf-idf vectors (over whole articles, log tf,
 * idf over articles) have a cosine of at least LINK_SIMILARITY are linked, and a story is a connected
 * group of two or more (single link). Computed from the postings, so a snapshot need not store it.
 * Returns, per document id, its story number (≥ 0), or -1 for an article that joins none.
 */
export function findStories(data: PostingsData, articleOf: Int32Array): Int32Array {
  const terms = data.offsets.length - 1;
  let articles = 0;
  for (let document = 1; document < articleOf.length; document++) articles = Math.max(articles, articleOf[document]! + 1);
  const stories = new Int32Array(articleOf.length).fill(-1);
  if (articles < 2) return stories;

  // Per article: its terms with their counts, in flat arrays (documents ascend, and an article's documents are consecutive).
  const frequency = new Uint32Array(terms);
  const starts = new Uint32Array(articles + 1);
  forEachArticleTerm(data, articleOf, (article, term) => {
    frequency[term]!++;
    starts[article + 1]!++;
  });
  for (let article = 0; article < articles; article++) starts[article + 1] = starts[article + 1]! + starts[article]!;
  const entryTerm = new Uint32Array(starts[articles]!);
  const entryWeight = new Float64Array(starts[articles]!);
  const filled = starts.slice(0, articles);
  forEachArticleTerm(data, articleOf, (article, term, count) => {
    const at = filled[article]!++;
    entryTerm[at] = term;
    entryWeight[at] = (1 + Math.log(count)) * Math.log(articles / frequency[term]!);
  });

  // Each article's strongest shared terms, weights normalised over its whole vector; then who holds each.
  const keptStarts = new Uint32Array(articles + 1);
  const keptTerm: number[] = [];
  const keptWeight: number[] = [];
  for (let article = 0; article < articles; article++) {
    const from = starts[article]!;
    const to = starts[article + 1]!;
    let norm = 0;
    const shared: number[] = [];
    for (let at = from; at < to; at++) {
      norm += entryWeight[at]! ** 2;
      if (frequency[entryTerm[at]!]! >= 2) shared.push(entryWeight[at]!);
    }
    norm = Math.sqrt(norm) || 1;
    // The weight of the TERMS_PER_ARTICLE-th strongest shared term (a numeric typed-array sort, no comparator).
    const sorted = Float64Array.from(shared).sort();
    const floor = sorted.length > TERMS_PER_ARTICLE ? sorted[sorted.length - TERMS_PER_ARTICLE]! : 0;
    for (let at = from; at < to; at++) {
      if (frequency[entryTerm[at]!]! < 2 || entryWeight[at]! < floor) continue;
      keptTerm.push(entryTerm[at]!);
      keptWeight.push(entryWeight[at]! / norm);
    }
    keptStarts[article + 1] = keptTerm.length;
  }
  const holderStarts = new Uint32Array(terms + 1);
  for (const term of keptTerm) holderStarts[term + 1]!++;
  for (let term = 0; term < terms; term++) holderStarts[term + 1] = holderStarts[term + 1]! + holderStarts[term]!;
  const holderArticle = new Uint32Array(keptTerm.length);
  const holderWeight = new Float64Array(keptTerm.length);
  const holderFilled = holderStarts.slice(0, terms);
  for (let article = 0; article < articles; article++) {
    for (let at = keptStarts[article]!; at < keptStarts[article + 1]!; at++) {
      const slot = holderFilled[keptTerm[at]!]!++;
      holderArticle[slot] = article;
      holderWeight[slot] = keptWeight[at]!;
    }
  }

  const parent = Int32Array.from({ length: articles }, (_, article) => article);
  const root = (article: number): number => {
    while (parent[article] !== article) article = parent[article] = parent[parent[article]!]!;
    return article;
  };
  const similarity = new Float64Array(articles);
  for (let article = 0; article < articles; article++) {
    const touched: number[] = [];
    for (let at = keptStarts[article]!; at < keptStarts[article + 1]!; at++) {
      const term = keptTerm[at]!;
      const weight = keptWeight[at]!;
      // Holders are in article order: only the later ones are compared, each pair once.
      for (let slot = holderStarts[term + 1]! - 1; slot >= holderStarts[term]! && holderArticle[slot]! > article; slot--) {
        const other = holderArticle[slot]!;
        if (similarity[other] === 0) touched.push(other);
        similarity[other] = similarity[other]! + weight * holderWeight[slot]!;
      }
    }
    for (const other of touched) {
      if (similarity[other]! >= LINK_SIMILARITY) parent[root(other)] = root(article);
      similarity[other] = 0;
    }
  }

  const size = new Int32Array(articles);
  for (let article = 0; article < articles; article++) size[root(article)]!++;
  const number = new Int32Array(articles).fill(-1);
  let next = 0;
  for (let document = 1; document < articleOf.length; document++) {
    const group = root(articleOf[document]!);
    if (size[group]! < 2) continue;
    if (number[group] === -1) number[group] = next++;
    stories[document] = number[group]!;
  }
  return stories;
}

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
