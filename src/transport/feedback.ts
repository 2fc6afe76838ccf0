import type { Logger } from '../log.js';

/** The `msg` of a feedback log line: what `storybot feedback` looks for in a log. */
export const FEEDBACK_MSG = 'feedback';

/** One 👍/👎 click on an /ask answer, as logged (one pino line, `msg: "feedback"`). */
export interface Vote {
  question: string;
  /** The answer sentence's passage id, and the sentence: null when the question no longer answers. */
  passage: string | null;
  answer: string | null;
  vote: 'up' | 'down';
  user: string;
  /** The message voted on: a second vote by the same user on it replaces the first. */
  message: string;
}

export function logVote(logger: Logger, vote: Vote): void {
  logger.info(vote, FEEDBACK_MSG);
}

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The votes in a pino log (any other line, or a line that is not JSON, is skipped). */
export function votesInLog(log: string): Vote[] {
  const votes: Vote[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes(`"${FEEDBACK_MSG}"`)) continue;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const { msg, question, passage, answer, vote, user, message } = parsed;
    if (msg !== FEEDBACK_MSG || !text(question) || (vote !== 'up' && vote !== 'down') || !text(user) || !text(message)) continue;
    votes.push({ question, passage: text(passage) ? passage : null, answer: text(answer) ? answer : null, vote, user, message });
  }
  return votes;
}

/** An answer with its votes: each user's last vote on each message counts once. */
export interface VotedAnswer {
  q: string;
  passage: string | null;
  answer: string | null;
  up: number;
  down: number;
}

const questionKey = (question: string): string => question.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The votes tallied per question and answer, in the order each was first voted on. */
export function tallyVotes(votes: readonly Vote[]): VotedAnswer[] {
  const lastVote = new Map<string, Vote>();
  for (const vote of votes) {
    const key = `${vote.user}\u0000${vote.message}`;
    // Re-inserted, so a changed mind is counted where it was last said.
    lastVote.delete(key);
    lastVote.set(key, vote);
  }
  const tallies = new Map<string, VotedAnswer>();
  for (const vote of lastVote.values()) {
    const key = `${questionKey(vote.question)}\u0000${vote.passage ?? ''}\u0000${vote.answer ?? ''}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { q: vote.question.trim(), passage: vote.passage, answer: vote.answer, up: 0, down: 0 }));
    tally[vote.vote]++;
  }
  return [...tallies.values()];
}

/**
 * The evaluation's question format (scripts/eval/dev-set.ts): a question whose answer has more 👍
 * than 👎 is answerable, its answer sentence the gold phrase. Answers voted down are listed apart,
 * for someone to write the right gold phrase or mark the question unanswerable.
 */
export function feedbackQuestions(tallies: readonly VotedAnswer[]): {
  answerable: Array<{ q: string; gold: string[] }>;
  voted_down: VotedAnswer[];
} {
  const answerable = new Map<string, { q: string; gold: string[] }>();
  for (const tally of tallies) {
    if (tally.answer === null || tally.up <= tally.down) continue;
    const key = questionKey(tally.q);
    const entry = answerable.get(key) ?? { q: tally.q, gold: [] };
    if (!entry.gold.includes(tally.answer)) entry.gold.push(tally.answer);
    answerable.set(key, entry);
  }
  return { answerable: [...answerable.values()], voted_down: tallies.filter((tally) => tally.down > tally.up) };
}
