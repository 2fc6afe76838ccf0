import MiniSearch from 'minisearch';
import type { Passage } from '../../src/corpus/types.js';
import type { Asking } from './measure.js';

/** Stock MiniSearch: default options over the same passages; its answer is the top passage's first sentence. */
export function stockMiniSearch(passages: readonly Passage[]): Asking {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(passages.map((passage, id) => ({ id, text: passage.text })));
  return (question) => {
    const hits = mini.search(question).slice(0, 5).map((hit) => passages[hit.id as number]!);
    const top = hits[0];
    return { answered: hits.length > 0, answer: top ? (top.sentences[0]?.text ?? top.text) : null, passages: hits };
  };
}
