import { foldForGold, type DevSet } from './dev-set.js';

/** What any system under evaluation returns for a question. */
export interface SystemAnswer {
  answered: boolean;
  /** The sentence offered as the answer (null when the system has none). */
  answer: string | null;
  /** Returned passage texts, best first. */
  passages: string[];
}

export type System = (question: string) => SystemAnswer;

export interface Scores {
  r1: number;
  r3: number;
  mrr5: number;
  answerSentence: number;
  /** Unanswerable questions rejected, of how many. */
  rejected: number;
  unanswerable: number;
  falseRejections: number;
  /** Returned passages containing page furniture. */
  furniture: number;
  misses: string[];
}

export function scoreSystem(system: System, dev: DevSet): Scores {
  const contains = (text: string, phrases: readonly string[]): boolean => {
    const folded = foldForGold(text);
    return phrases.some((phrase) => folded.includes(foldForGold(phrase)));
  };
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  let answerSentence = 0;
  let falseRejections = 0;
  let furniture = 0;
  const misses: string[] = [];
  const countFurniture = (result: SystemAnswer): void => {
    furniture += result.passages.filter((text) => contains(text, dev.boilerplate_never_returned)).length;
  };
  for (const { q, gold } of dev.answerable) {
    const result = system(q);
    countFurniture(result);
    if (!result.answered) {
      falseRejections++;
      misses.push(`rejected: ${q}`);
      continue;
    }
    const rank = result.passages.slice(0, 5).findIndex((text) => contains(text, gold));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank !== 0) misses.push(`rank ${rank < 0 ? '>5' : rank + 1}: ${q}`);
    if (result.answer !== null && contains(result.answer, gold)) answerSentence++;
    else if (rank === 0) misses.push(`answer sentence: ${q} → ${result.answer}`);
  }
  let rejected = 0;
  for (const q of dev.unanswerable) {
    const result = system(q);
    countFurniture(result);
    if (!result.answered) rejected++;
    else misses.push(`answered: ${q} → ${result.answer}`);
  }
  const n = dev.answerable.length || 1;
  return {
    r1: r1 / n,
    r3: r3 / n,
    mrr5: mrr / n,
    answerSentence: answerSentence / n,
    rejected,
    unanswerable: dev.unanswerable.length,
    falseRejections,
    furniture,
    misses,
  };
}
