import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldForGold } from './dev-set.js';
import { REPO } from './dev-set.js';

/** squad-a (../shared/eval/squad-a): 24 SQuAD dev articles as a corpus, with their questions. */
export const SQUAD_DIR = resolve(REPO, '../shared/eval/squad-a');
export const SQUAD_ARTICLES = join(SQUAD_DIR, 'articles');

export interface SquadQuestion {
  q: string;
  gold: string[];
  article: string;
  paragraph: number;
  id: string;
}

export interface Squad {
  /** Each article's paragraphs, folded for comparison (the title line is not a paragraph). */
  paragraphs: Map<string, string[]>;
  answerable: SquadQuestion[];
  /** SQuAD 2.0's impossible questions: written to look answerable from the named paragraph. */
  unanswerable: SquadQuestion[];
  /** Articles whose questions may be fitted on (every other one). */
  training: Set<string>;
  /** The other articles: figures are quoted on these only. */
  validation: Set<string>;
}

/**
 * The split is by article, fixed and documented: the slugs sorted, even places training, odd ones
 * validation (12 and 12). Nothing fitted ever sees a validation article's questions.
 */
export function readSquad(dir = SQUAD_DIR): Squad {
  const articles = join(dir, 'articles');
  const paragraphs = new Map<string, string[]>();
  for (const file of readdirSync(articles).filter((name) => name.endsWith('.txt')).sort()) {
    const blocks = readFileSync(join(articles, file), 'utf8').split(/\n\s*\n/).slice(1).map(foldForGold).map((text) => text.trim()).filter(Boolean);
    paragraphs.set(file.replace(/\.txt$/, ''), blocks);
  }
  const slugs = [...paragraphs.keys()];
  const training = new Set(slugs.filter((_, i) => i % 2 === 0));
  const validation = new Set(slugs.filter((_, i) => i % 2 === 1));
  const parsed = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as {
    answerable: SquadQuestion[];
    unanswerable_on_topic: Array<Omit<SquadQuestion, 'gold'>>;
  };
  return {
    paragraphs,
    answerable: parsed.answerable,
    unanswerable: parsed.unanswerable_on_topic.map((question) => ({ ...question, gold: [] })),
    training,
    validation,
  };
}

/**
 * SQuAD's relevance: the passage is (a piece of) the paragraph the question was asked about and
 * contains a gold answer. The same words in another paragraph do not count.
 */
export function squadRelevance(squad: Squad, question: SquadQuestion): (passage: { sourceId: string; text: string }) => boolean {
  const paragraph = squad.paragraphs.get(question.article)?.[question.paragraph];
  const gold = question.gold.map(foldForGold);
  return (passage) => {
    if (!paragraph || passage.sourceId !== question.article) return false;
    const text = foldForGold(passage.text).trim();
    return paragraph.includes(text) && gold.some((answer) => text.includes(answer));
  };
}
