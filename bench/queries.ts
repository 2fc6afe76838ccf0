import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldForGold } from '../scripts/eval/dev-set.js';

export const DEV_QUESTIONS_FILE = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));

/** Queries on words that are everywhere in the distractors: the worst case for posting-list sizes. */
const COMMON_TERM_QUERIES = [
  'the',
  'government',
  'america people',
  'president said',
  'the united states',
  'congress and the people',
  'what did the president say about war',
  'why did the government raise taxes',
  'who is the secretary of state',
  'how many troops are at the border',
];

export interface GoldQuestion {
  q: string;
  gold: string[];
}

export interface QuerySet {
  /** Every query, timed: the dev questions (answerable and not) then the common-term ones. */
  all: string[];
  /** The answerable dev questions, for R@1; empty when the dev file is missing. */
  gold: GoldQuestion[];
}

interface DevFile {
  answerable: GoldQuestion[];
  unanswerable: string[];
}

export function loadQueries(file = DEV_QUESTIONS_FILE): QuerySet {
  if (!existsSync(file)) {
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg: 'dev questions not found: timing common-term queries only, no R@1', file })}\n`);
    return { all: COMMON_TERM_QUERIES, gold: [] };
  }
  const dev = JSON.parse(readFileSync(file, 'utf8')) as DevFile;
  return { all: [...dev.answerable.map((a) => a.q), ...dev.unanswerable, ...COMMON_TERM_QUERIES], gold: dev.answerable };
}

/**
 * Relevant: a passage of the story's own articles containing a gold phrase. Distractors never count,
 * even when they happen to contain one ("White House"): they do not answer a question about the story.
 */
export function isRelevant(question: GoldQuestion, passage: { sourceId: string; text: string } | undefined, storySources: ReadonlySet<string>): boolean {
  if (!passage || !storySources.has(passage.sourceId)) return false;
  const text = foldForGold(passage.text);
  return question.gold.some((phrase) => text.includes(foldForGold(phrase)));
}

/** Share of questions whose first passage is relevant. */
export function recallAt1(gold: GoldQuestion[], top: (question: string) => { sourceId: string; text: string } | undefined, storySources: ReadonlySet<string>): number | null {
  if (gold.length === 0) return null;
  return gold.filter((question) => isRelevant(question, top(question.q), storySources)).length / gold.length;
}
