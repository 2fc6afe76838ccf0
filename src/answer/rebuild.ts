import type { Corpus } from '../corpus/types.js';
import { SynonymCache } from '../index/expansion.js';
import { indexedPassages, PassageIndex } from '../index/passage-index.js';
import { createEngineCore, type WarmableEngine } from './engine-core.js';
import { extractArticle, quoteBookFromArticles, quotedArticles } from './quotes.js';
import type { QuotedPassage, QuoteRecord } from './quotes/model.js';

/** An article's passages as extraction reads them: unchanged text, same records. */
const articleKey = (passages: readonly QuotedPassage[]): string => passages.map((p) => `${p.id}\0${p.text}`).join('\0');

/**
 * Builds engines for successive states of one corpus, doing again only what a change touched: quotes
 * are extracted only from articles that are new or whose text changed (names are then linked across
 * the corpus again, which reads no text), and WordNet is read only for words the corpus did not hold
 * before. The index postings, the stories and the near-duplicate groups are recomputed whole from
 * them (milliseconds on the seed corpus; see docs/performance.md for large ones).
 */
export class EngineRebuilder {
  private readonly synonyms = new SynonymCache();
  private quotes = new Map<string, { key: string; records: QuoteRecord[] }>();

  build(corpus: Corpus): WarmableEngine {
    const index = PassageIndex.build(indexedPassages(corpus), { synonyms: this.synonyms });
    const kept = new Map<string, { key: string; records: QuoteRecord[] }>();
    const records: QuoteRecord[] = [];
    for (const article of quotedArticles(corpus.passages)) {
      const sourceId = article[0]!.sourceId;
      const key = articleKey(article);
      const known = this.quotes.get(sourceId);
      const entry = known?.key === key ? known : { key, records: extractArticle(article) };
      kept.set(sourceId, entry);
      records.push(...entry.records);
    }
    // Articles removed are forgotten with the rest of the old state.
    this.quotes = kept;
    const engine = createEngineCore(corpus, { index, quoteBook: quoteBookFromArticles(records) });
    engine.warm();
    return engine;
  }
}
