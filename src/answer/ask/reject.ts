import type { Question } from './question.js';
import type { Scored } from './rescore.js';

/** Below this share of the question's (idf-weighted) content in the best passage, nothing answers. */
const MIN_COVERAGE = 0.4;

/** How many of the best-ranked passages may show that the corpus covers the question. */
const LOOK_AT = 5;

/** Why the corpus does not answer the question, or null when one of the best passages does. */
export function whyUnanswered(question: Question, ranked: readonly Scored[]): string | null {
  if (ranked.length === 0) return 'no passage matches';
  const name = question.unknown.find((word) => word.name);
  if (name) return `"${name.word}" is not in the corpus`;
  const covered = Math.max(...ranked.slice(0, LOOK_AT).map((item) => item.coverage));
  if (covered < MIN_COVERAGE) return 'no passage covers enough of the question';
  return null;
}
