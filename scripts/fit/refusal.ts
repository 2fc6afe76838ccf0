import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../src/answer/engine.js';
import { buildQuoteBook } from '../../src/answer/quotes.js';
import { answerability, SIGNALS, type RefusalModel, type Signals } from '../../src/answer/ask/refusal.js';
import type { AskTrace } from '../../src/answer/types.js';
import { loadCorpora } from '../eval/corpora.js';
import { REPO } from '../eval/dev-set.js';
import { seedSets, squadSets, type CorpusName, type EvalSet } from '../eval/sets.js';
import { fitLogistic, type Example } from './logistic.js';

// `npm run fit`: fits the refusal model on the training folds only and writes
// src/answer/ask/refusal-model.json. Deterministic: the same data gives the same file, byte for byte.
const MODEL_PATH = resolve(REPO, 'src/answer/ask/refusal-model.json');
/** Allowed share of refused answerable questions on the training folds, per kind of question. */
const MAX_FALSE_REFUSALS = { squad: 0.01, story: 0.03 };

interface Sample {
  signals: Signals;
  answerable: boolean;
  group: string;
}

/** The sets fitted on: the story's tuned sets and squad-a's training folds (not SQuAD 2.0's on-topic unanswerable questions, which no lexical evidence separates). */
function trainingSets(): EvalSet[] {
  return [...seedSets().filter((set) => set.tuned), ...squadSets({ fold: 'training' }).filter((set) => !set.name.includes('SQuAD 2.0'))];
}

async function collect(sets: EvalSet[]): Promise<Sample[]> {
  const corpora = await loadCorpora(resolve(REPO, 'corpus'), new Set(sets.map((set) => set.corpus)));
  const engines = new Map<CorpusName, ReturnType<typeof createEngine>>();
  for (const [name, corpus] of corpora) engines.set(name, createEngine(corpus, { quoteBook: buildQuoteBook(corpus), features: { reject: false } }));
  const samples: Sample[] = [];
  const ask = (set: EvalSet, q: string, answerable: boolean): void => {
    const trace: AskTrace = { unanswered: null };
    engines.get(set.corpus)!.ask(q, { limit: 5 }, trace);
    const group = `${set.name.startsWith('squad') ? 'squad' : 'story'}/${answerable ? 'answerable' : 'refuse'}`;
    if (trace.signals) samples.push({ signals: trace.signals, answerable, group });
    else if (answerable) samples.push({ signals: Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Signals, answerable, group });
  };
  for (const set of sets) {
    for (const question of set.answerable) ask(set, question.q, true);
    for (const q of set.offTopic) ask(set, q, false);
  }
  return samples;
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

const samples = await collect(trainingSets());
// Each group (story or squad, answerable or not) weighs the same in all, whatever its size.
const sizes = new Map<string, number>();
for (const sample of samples) sizes.set(sample.group, (sizes.get(sample.group) ?? 0) + 1);
const examples: Example[] = samples.map((sample) => ({ x: SIGNALS.map((name) => sample.signals[name]), y: sample.answerable ? 1 : 0, weight: 1 / sizes.get(sample.group)! }));
const { weights, bias } = fitLogistic(examples);
const fitted: RefusalModel = { weights: Object.fromEntries(SIGNALS.map((name, j) => [name, round(weights[j]!)])), bias: round(bias), threshold: 0 };

// The highest threshold that keeps false refusals within bounds on the training folds.
const confidences = samples.map((sample) => answerability(sample.signals, fitted));
const rate = (group: string, threshold: number, refused: boolean): number => {
  const members = samples.map((s, i) => [s, confidences[i]!] as const).filter(([s]) => s.group === group);
  return members.filter(([, c]) => (c < threshold) === refused).length / (members.length || 1);
};
let threshold = 0;
for (let t = 0.01; t < 1; t += 0.01) {
  const ok = rate('squad/answerable', t, true) <= MAX_FALSE_REFUSALS.squad && rate('story/answerable', t, true) <= MAX_FALSE_REFUSALS.story;
  if (ok) threshold = round(t);
}
fitted.threshold = threshold;

writeFileSync(MODEL_PATH, `${JSON.stringify({ command: 'npm run fit', fittedOn: 'the story dev and chat-style sets; squad-a training folds (answerable, and asked of the other folds and of the story)', ...fitted }, null, 2)}\n`);
process.stdout.write(`samples: ${[...sizes].map(([g, n]) => `${g} ${n}`).join(', ')}\n`);
process.stdout.write(`threshold ${threshold}: ${[...sizes.keys()].map((g) => `${g} ${g.endsWith('answerable') ? 'refused' : 'refused'} ${(100 * rate(g, threshold, true)).toFixed(1)}%`).join(', ')}\n`);
process.stdout.write(`trade-off on the training folds (threshold: squad answerable refused / squad off-topic refused / story answerable refused / story off-topic refused):\n`);
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]) {
  process.stdout.write(`  ${t.toFixed(2)}  ${['squad/answerable', 'squad/refuse', 'story/answerable', 'story/refuse'].map((g) => (100 * rate(g, t, true)).toFixed(1).padStart(5)).join('  ')}\n`);
}
process.stdout.write(`wrote ${MODEL_PATH}\n`);
if (process.argv.includes('--explain')) {
  for (const group of sizes.keys()) {
    const members = samples.filter((s) => s.group === group);
    process.stdout.write(`${group.padEnd(18)} ${SIGNALS.map((name) => `${name} ${(members.reduce((sum, s) => sum + s.signals[name], 0) / members.length).toFixed(2)}`).join(' ')}\n`);
  }
}
if (process.argv.includes('--explain')) {
  for (const group of sizes.keys()) {
    const members = samples.filter((s) => s.group === group);
    const refused = members.filter((s) => s.signals.anyName > 0 || s.signals.coverage < 0.4).length;
    process.stdout.write(`old rule ${group}: refused ${(100 * refused / members.length).toFixed(1)}%\n`);
  }
}
