// Measures the rule-based splitter against compromise on the same cases and on the seeds' paragraphs:
// cases right, and paragraphs per second. Run: npx tsx test/corpus/compare-compromise.ts
// (A measurement, not a test: speed is never asserted in unit tests.)
import nlp from 'compromise/one';
import { loadCorpus } from '../../src/corpus/load.js';
import { splitSentences } from '../../src/corpus/sentences.js';
import { SENTENCE_CASES } from './sentence-cases.js';

type Splitter = (text: string) => string[];
const splitters: Record<string, Splitter> = {
  'rules (src/corpus/sentences.ts)': (text) => splitSentences(text, 0, text.length).map((s) => s.text),
  'compromise/one': (text) => (nlp(text).json() as Array<{ text: string }>).map((s) => s.text.replace(/\s+/g, ' ').trim()),
};

const paragraphs = (await loadCorpus('corpus')).passages.map((p) => p.text);
for (const [name, split] of Object.entries(splitters)) {
  const right = SENTENCE_CASES.filter(([text, expected]) => JSON.stringify(split(text)) === JSON.stringify(expected)).length;
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) for (const p of paragraphs) (split(p), done++);
  const perSecond = Math.round(done / ((performance.now() - started) / 1000));
  console.log(`${name}: ${right}/${SENTENCE_CASES.length} cases right, ${perSecond} paragraphs/s`);
}
