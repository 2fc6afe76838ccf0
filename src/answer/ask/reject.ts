import type { Question } from './question.js';
import type { Scored } from './rescore.js';

/** Below this share of the question's (idf-weighted) content in the best passage, nothing answers. */
const MIN_COVERAGE = 0.4;

/** Why the corpus does not answer the question, or null when the best passage does. */
export function whyUnanswered(question: Question, best: Scored | undefined): string | null {
  if (!best) return 'no passage matches';
  const name = question.unknown.find((word) => word.name);
  if (name) return `"${name.word}" is not in the corpus`;
  if (best.coverage < MIN_COVERAGE) return 'the best passage covers too little of the question';
  return null;
}
