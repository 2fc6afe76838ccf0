import { performance } from 'node:perf_hooks';
import { buildBenchCorpus } from '../../bench/corpus.js';
import { buildQuoteBook, restoreQuoteBook, serializeQuoteBook } from '../../src/answer/quotes.js';

// `npx tsx scripts/eval/quotes-speed.ts [passages…]`: quote-book build rate on the benchmark corpus
// (the seeds among State of the Union paragraphs), and the snapshot round trip. Not a test: a measurement.
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [10_000]) {
  const { corpus } = await buildBenchCorpus(size);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const book = buildQuoteBook(corpus);
  const buildMs = performance.now() - started;
  // CPU time as well: on a machine shared with other jobs, wall time says more about them than about this.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const json = JSON.stringify(serializeQuoteBook(book));
  const restoreStarted = performance.now();
  restoreQuoteBook(JSON.parse(json));
  const restoreMs = performance.now() - restoreStarted;
  const perSecond = Math.round(corpus.passages.length / (buildMs / 1000));
  process.stdout.write(
    `${corpus.passages.length} passages: build ${buildMs.toFixed(0)} ms [CPU ${cpuMs.toFixed(0)} ms] (${perSecond} passages/s, ${((buildMs * 1000) / corpus.passages.length).toFixed(0)} µs/passage), ` +
      `${book.size} quotes, ${book.speakers.length} speakers; snapshot ${json.length} chars, restore ${restoreMs.toFixed(1)} ms\n`,
  );
}
