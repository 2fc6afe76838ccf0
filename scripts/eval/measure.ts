import { interval } from './bootstrap.js';
import { foldForGold } from './dev-set.js';
import type { EvalSet } from './sets.js';

/** What a system under evaluation returns for a question. */
export interface Reply {
  answered: boolean;
  /** The sentence offered as the answer (null when the system has none). */
  answer: string | null;
  /** Returned passages, best first. */
  passages: Array<{ sourceId: string; text: string }>;
}

export type Asking = (question: string) => Reply;

/** One figure over a set's questions: its mean and 95% bootstrap interval. */
export interface Figure {
  value: number;
  low: number;
  high: number;
  count: number;
  of: number;
}

export interface Measured {
  r1: Figure;
  r3: Figure;
  mrr5: Figure;
  /** The answer sentence holds a gold answer. */
  answerSentence: Figure;
  /** Answerable questions refused. */
  falseRefusals: Figure;
  /** Off-topic questions refused. */
  offTopicRefused: Figure;
  /** Questions the figures missed, for --verbose. */
  misses: string[];
}

const figure = (values: number[]): Figure => {
  const sum = values.reduce((a, b) => a + b, 0);
  const [low, high] = interval(values);
  return { value: values.length ? sum / values.length : 0, low, high, count: sum, of: values.length };
};

/** Scores a system on a set: ranks over the top 5 passages, the answer sentence, refusals. */
export function measure(ask: Asking, set: EvalSet): Measured {
  const r1: number[] = [];
  const r3: number[] = [];
  const rr: number[] = [];
  const sentence: number[] = [];
  const refused: number[] = [];
  const misses: string[] = [];
  for (const question of set.answerable) {
    const reply = ask(question.q);
    refused.push(reply.answered ? 0 : 1);
    const rank = reply.answered ? reply.passages.slice(0, 5).findIndex(question.relevant) : -1;
    r1.push(rank === 0 ? 1 : 0);
    r3.push(rank >= 0 && rank < 3 ? 1 : 0);
    rr.push(rank >= 0 ? 1 / (rank + 1) : 0);
    const answer = foldForGold(reply.answer ?? '');
    sentence.push(reply.answered && question.gold.some((gold) => answer.includes(foldForGold(gold))) ? 1 : 0);
    if (!reply.answered) misses.push(`refused: ${question.q}`);
    else if (rank !== 0) misses.push(`rank ${rank < 0 ? '>5' : rank + 1}: ${question.q}`);
  }
  const offTopic = set.offTopic.map((q) => {
    const reply = ask(q);
    if (reply.answered) misses.push(`answered off-topic: ${q} → ${reply.answer}`);
    return reply.answered ? 0 : 1;
  });
  return { r1: figure(r1), r3: figure(r3), mrr5: figure(rr), answerSentence: figure(sentence), falseRefusals: figure(refused), offTopicRefused: figure(offTopic), misses };
}
