import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook } from '../../src/answer/quotes.js';
import { WEIGHTS, type RankingWeights } from '../../src/answer/ask/weights.js';
import { loadCorpora } from '../eval/corpora.js';
import { foldForGold, REPO } from '../eval/dev-set.js';
import { seedSets, squadSets, type CorpusName, type EvalSet } from '../eval/sets.js';

// `npm run fit` (first step): fits the ranking's constants on the training folds only, by coordinate
// ascent, and writes src/answer/ask/ranking-weights.json. Deterministic: same data, same file.
const WEIGHTS_PATH = resolve(REPO, 'src/answer/ask/ranking-weights.json');
/** squad-a training questions used per evaluation (spread evenly over the folds' articles). */
const SQUAD_SAMPLE = 500;
/** The story's share of the objective (its two tuned sets), against squad-a's. */
const STORY_SHARE = 0.3;
const STEPS = [0, 0.5, 0.75, 1.25, 1.5, 2];
/** Where the search starts, whatever the weights file holds: the fit is the same however often it runs. */
const START: RankingWeights = { k1: 1.2, b: 0.75, sentence: 1, knownPower: 0.5, phrase: 0.5, proximity: 0.3, cue: 0.5, focus: 0.5, everydayUnknown: 0.5, expansion: 0.4, outlet: 0.5 };
Object.assign(WEIGHTS, START);
const PASSES = 2;

const sets = [...seedSets().filter((set) => set.tuned), ...squadSets({ fold: 'training', sampleSize: SQUAD_SAMPLE }).filter((set) => set.answerable.length > 0)];
const corpora = await loadCorpora(resolve(REPO, 'corpus'), new Set(sets.map((set) => set.corpus)));
const engines = new Map<CorpusName, ReturnType<typeof createEngine>>();
for (const [name, corpus] of corpora) engines.set(name, createEngine(corpus, { quoteBook: buildQuoteBook(corpus), features: { reject: false } }));

/** Per set: the share of questions whose first passage is relevant, plus half the share whose answer sentence holds a gold answer. */
function score(set: EvalSet): number {
  const engine = engines.get(set.corpus)!;
  let sum = 0;
  for (const question of set.answerable) {
    const result = engine.ask(question.q, { limit: 1 });
    if (result.passages[0] && question.relevant(result.passages[0])) sum += 1;
    const answer = foldForGold(result.answer?.text ?? '');
    if (question.gold.some((gold) => answer.includes(foldForGold(gold)))) sum += 0.5;
  }
  return sum / set.answerable.length;
}

function objective(): number {
  const story = sets.filter((set) => set.corpus === 'seeds');
  const squad = sets.filter((set) => set.corpus !== 'seeds');
  const mean = (group: EvalSet[]): number => group.reduce((sum, set) => sum + score(set), 0) / group.length;
  return STORY_SHARE * mean(story) + (1 - STORY_SHARE) * mean(squad);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
let best = objective();
process.stdout.write(`start ${best.toFixed(4)}\n`);
for (let pass = 0; pass < PASSES; pass++) {
  let moved = false;
  for (const name of Object.keys(WEIGHTS) as Array<keyof RankingWeights>) {
    const start = WEIGHTS[name];
    let chosen = start;
    for (const step of STEPS) {
      const value = round(start * step);
      // k1 and b stay positive and b at most 1; a weight may be turned off (0).
      if (value === start || ((name === 'k1' || name === 'b') && value <= 0) || (name === 'b' && value > 1) || (name === 'knownPower' && value > 2)) continue;
      WEIGHTS[name] = value;
      const result = objective();
      if (result > best + 1e-9) {
        best = result;
        chosen = value;
      }
    }
    WEIGHTS[name] = chosen;
    if (chosen !== start) moved = true;
    process.stdout.write(`  ${name} ${start} → ${chosen}  (objective ${best.toFixed(4)})\n`);
  }
  if (!moved) break;
}
writeFileSync(WEIGHTS_PATH, `${JSON.stringify({ command: 'npm run fit', fittedOn: `coordinate ascent on the story dev and chat-style sets (${STORY_SHARE}) and ${SQUAD_SAMPLE} squad-a training-fold questions: R@1 plus half the answer-sentence rate`, weights: WEIGHTS }, null, 2)}\n`);
process.stdout.write(`wrote ${WEIGHTS_PATH}\n`);
