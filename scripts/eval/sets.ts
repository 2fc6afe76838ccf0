import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldForGold, HELD_OUT_PATH, readDevSet, REPO } from './dev-set.js';
import { readSquad, squadRelevance, type Squad, type SquadQuestion } from './squad.js';

/** Which corpus a set is asked of: the bundled seeds, or squad-a whole or one fold of its articles. */
export type CorpusName = 'seeds' | 'squad' | 'squad-training' | 'squad-validation';

export interface EvalQuestion {
  q: string;
  /** The gold answer texts: an answer sentence is right when it holds one. */
  gold: string[];
  relevant: (passage: { sourceId: string; text: string }) => boolean;
}

export interface EvalSet {
  name: string;
  corpus: CorpusName;
  /** Whether anything was fitted or tuned on these questions. */
  tuned: boolean;
  answerable: EvalQuestion[];
  /** Questions the corpus does not answer: they should be refused. */
  offTopic: string[];
}

export const SHARED_EVAL = resolve(REPO, '../shared/eval');
export const BLIND_PATH = resolve(REPO, 'scripts/eval/blind-questions.json');

/** Relevance on the seeds: the passage holds one of the gold phrases. */
function phraseQuestion({ q, gold }: { q: string; gold: string[] }): EvalQuestion {
  const phrases = gold.map(foldForGold);
  return { q, gold, relevant: (passage) => phrases.some((phrase) => foldForGold(passage.text).includes(phrase)) };
}

function squadQuestion(squad: Squad, question: SquadQuestion): EvalQuestion {
  return { q: question.q, gold: question.gold, relevant: squadRelevance(squad, question) };
}

/** Every `step`-th item, so that a quick run samples the whole set evenly and always the same way. */
function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]!);
}

interface Blind {
  chat: { answerable: Array<{ q: string; gold: string[] }>; unanswerable: string[] };
  formal: { answerable: Array<{ q: string; gold: string[] }>; unanswerable: string[] };
}

export interface SetOptions {
  /** Squad sets cut to this many questions each (a quick run); all of them otherwise. */
  sampleSize?: number;
  /** The training folds' sets (what the fitting scripts use) instead of the validation folds'. */
  fold?: 'training' | 'validation';
}

/** The seeds' own sets: the dev questions, the chat-style ones, the held-out and the blind ones. */
export function seedSets(): EvalSet[] {
  const dev = readDevSet(resolve(SHARED_EVAL, 'dev-questions.json'));
  const chat = readDevSet(resolve(SHARED_EVAL, 'colloquial-questions.json'));
  const heldOut = readDevSet(HELD_OUT_PATH);
  const blind = existsSync(BLIND_PATH) ? (JSON.parse(readFileSync(BLIND_PATH, 'utf8')) as Blind) : null;
  const sets: EvalSet[] = [
    { name: 'story, chat-style (shared)', corpus: 'seeds', tuned: true, answerable: chat.answerable.map(phraseQuestion), offTopic: chat.unanswerable },
    { name: 'story, formal dev (shared)', corpus: 'seeds', tuned: true, answerable: dev.answerable.map(phraseQuestion), offTopic: dev.unanswerable },
    { name: 'story, held-out', corpus: 'seeds', tuned: false, answerable: heldOut.answerable.map(phraseQuestion), offTopic: heldOut.unanswerable },
  ];
  if (blind) {
    sets.push({ name: 'story, blind chat-style', corpus: 'seeds', tuned: false, answerable: blind.chat.answerable.map(phraseQuestion), offTopic: blind.chat.unanswerable });
    sets.push({ name: 'story, blind formal', corpus: 'seeds', tuned: false, answerable: blind.formal.answerable.map(phraseQuestion), offTopic: blind.formal.unanswerable });
  }
  return sets;
}

/** The story's answerable questions, tuned on or not: off topic for any other corpus. */
export function storyQuestions(tuned: boolean): string[] {
  return seedSets().filter((set) => set.tuned === tuned).flatMap((set) => set.answerable.map(({ q }) => q));
}

/**
 * squad-a's sets for one fold: its answerable questions against all 24 articles; the same questions
 * against a corpus of the other fold's articles only (questions about articles not in the corpus);
 * SQuAD 2.0's on-topic unanswerable ones; the story's questions against squad-a, and squad-a's
 * against the story.
 */
export function squadSets(options: SetOptions = {}): EvalSet[] {
  const squad = readSquad();
  const fold = options.fold ?? 'validation';
  const mine = fold === 'training' ? squad.training : squad.validation;
  const size = options.sampleSize ?? Infinity;
  const answerable = sample(squad.answerable.filter((question) => mine.has(question.article)), size);
  const impossible = sample(squad.unanswerable.filter((question) => mine.has(question.article)), size);
  const tuned = fold === 'training';
  const other: CorpusName = fold === 'training' ? 'squad-validation' : 'squad-training';
  return [
    { name: `squad-a ${fold} folds`, corpus: 'squad', tuned, answerable: answerable.map((question) => squadQuestion(squad, question)), offTopic: [] },
    { name: `squad-a ${fold} questions, articles not in corpus`, corpus: other, tuned, answerable: [], offTopic: answerable.map(({ q }) => q) },
    { name: `squad-a ${fold} SQuAD 2.0 unanswerable (on topic)`, corpus: 'squad', tuned, answerable: [], offTopic: impossible.map(({ q }) => q) },
    { name: `squad-a ${fold} questions asked of the story`, corpus: 'seeds', tuned, answerable: [], offTopic: sample(answerable, Math.min(size, 300)).map(({ q }) => q) },
    // The story's questions never tuned on pair with the validation folds, the tuned ones with the training folds.
    { name: `story questions asked of squad-a (${fold})`, corpus: 'squad', tuned, answerable: [], offTopic: storyQuestions(tuned) },
  ];
}

