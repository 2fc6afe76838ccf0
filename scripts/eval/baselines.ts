import { create, insert, search, type AnyOrama } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Passage } from '../../src/corpus/types.js';
import type { System } from './metrics.js';

/** A plain engine has no answer sentence: it offers the top passage's first sentence. */
function firstSentence(passage: Passage | undefined): string | null {
  if (!passage) return null;
  const sentence = passage.sentences[0];
  return sentence ? sentence.text : passage.text;
}

/** Stock Orama 3.1.18: default tokenizer and settings, the question as the search term. */
export function stockOrama(passages: readonly Passage[]): System {
  const db: AnyOrama = create({ schema: { text: 'string' } as const });
  passages.forEach((passage, i) => insert(db, { id: String(i), text: passage.text }));
  return (question) => {
    const result = search(db, { term: question, limit: 5 });
    if (result instanceof Promise) throw new Error('stock Orama search went asynchronous');
    const hits = result.hits.map((hit) => passages[Number(hit.id)]!);
    return { answered: hits.length > 0, answer: firstSentence(hits[0]), passages: hits.map((p) => p.text) };
  };
}

/** Stock MiniSearch: default options over the same passages. */
export function stockMiniSearch(passages: readonly Passage[]): System {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(passages.map((passage, id) => ({ id, text: passage.text })));
  return (question) => {
    const hits = mini.search(question).slice(0, 5).map((hit) => passages[hit.id as number]!);
    return { answered: hits.length > 0, answer: firstSentence(hits[0]), passages: hits.map((p) => p.text) };
  };
}
