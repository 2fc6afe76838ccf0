import type { Corpus } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import { seek, type PostingList } from '../index/postings.js';
import { STOP_WORDS } from '../index/stopwords.js';
import type { SourceSummary, SourcesResult } from './types.js';

function summary({ id, outlet, title, date, url, paragraphs, words }: Corpus['sources'][number]): SourceSummary {
  return { id, outlet, title, date, url, paragraphs, words };
}

/**
 * The corpus's articles; with `about`, only those with passages mentioning it (every content word,
 * in order and next to each other), most mentions first.
 */
export function listSources(corpus: Corpus, index: PassageIndex, about?: string): SourcesResult {
  const topic = about?.trim();
  if (!topic) return { about: null, sources: corpus.sources.map(summary) };
  const tokens = index.analyzer.tokens(topic);
  const content = tokens.filter((token) => !STOP_WORDS.has(token.word));
  const terms = (content.length > 0 ? content : tokens).map((token) => token.term);
  const mentions = new Map<string, number>();
  const lists = terms.map((term) => index.orama.postings(term));
  if (terms.length > 0 && lists.every(Boolean)) {
    const [first, ...rest] = (lists as PostingList[]).sort((a, b) => a.documents.length - b.documents.length);
    for (const internalId of first!.documents) {
      if (!rest.every(({ documents }) => documents[seek(documents, 0, internalId)] === internalId)) continue;
      const passage = corpus.passages[index.orama.position(internalId)];
      // One term: the postings already say the passage mentions it.
      if (!passage || (terms.length > 1 && !mentionsInOrder(index.analyzer.terms(passage.text), terms))) continue;
      mentions.set(passage.sourceId, (mentions.get(passage.sourceId) ?? 0) + 1);
    }
  }
  const sources = corpus.sources
    .filter((source) => mentions.has(source.id))
    .map((source) => ({ ...summary(source), mentions: mentions.get(source.id)! }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  return { about: topic, sources };
}

/** The terms appear in this order, each within two words of the previous (stop words may stand between). */
function mentionsInOrder(text: readonly string[], terms: readonly string[]): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== terms[0]) continue;
    let at = i;
    let ok = true;
    for (const term of terms.slice(1)) {
      const next = text.slice(at + 1, at + 4).indexOf(term);
      if (next < 0) {
        ok = false;
        break;
      }
      at += next + 1;
    }
    if (ok) return true;
  }
  return false;
}
