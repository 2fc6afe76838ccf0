import type { Machine } from './machine.js';
import type { SizeResult } from './measure-size.js';

const ms = (value: number | null | undefined) => (value == null || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const seconds = (value: number | null | undefined) => (value == null ? '–' : (value / 1000).toFixed(1));
const megabytes = (value: number | null | undefined) => (value == null ? '–' : (value / 1e6).toFixed(1));
const ratio = (baseline: number, ours: number) => (ours > 0 ? `${(baseline / ours).toFixed(1)}×` : '–');
const recall = (value: number | null) => (value == null ? '–' : value.toFixed(2));
const count = (value: number) => value.toLocaleString('en-US');

function markdownTable(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** The figures for people: storybot per size, then the plain engines on the same passages and queries. */
export function formatTables(machine: Machine, results: SizeResult[]): string {
  const seedsR1 = results.find((r) => r.passages === Math.min(...results.map((x) => x.passages)))?.r1 ?? null;
  const storybot = markdownTable(
    ['passages', 'load avg', 'build s wall (index + quotes [of which in a worker, alongside the index] + rest) [CPU; main / worker thread CPU]', 'snapshot MB, save / load s', 'start-up s', 'heap B/passage', 'RSS B/passage', '/ask p50 / p95 / p99 ms [CPU p99]', 'autocomplete p99 ms', 'R@1 (smallest corpus)'],
    results.map((r) => [
      count(r.passages),
      r.load_average.toFixed(1),
      `${seconds(r.build_ms)} (${seconds(r.build.index_ms)} + ${seconds(r.build.quotes_ms)} [${seconds(r.build.worker_ms)}] + ${seconds(r.build.rest_ms)}) [${seconds(r.build.cpu_ms)}; ${seconds(r.build.main_cpu_ms)} / ${seconds(r.build.worker_cpu_ms)}]`,
      `${megabytes(r.snapshot.bytes)}, ${seconds(r.snapshot.save_ms)} / ${seconds(r.snapshot.load_ms)}`,
      seconds(r.startup_ms),
      count(Math.round(r.heap.per_passage)),
      count(Math.round(r.rss_per_passage)),
      `${ms(r.ask.p50)} / ${ms(r.ask.p95)} / ${ms(r.ask.p99)} [${ms(r.ask.cpu.p99)}]`,
      ms(r.autocomplete.p99),
      `${recall(r.r1)} (${recall(seedsR1)})`,
    ]),
  );
  const plain = markdownTable(
    ['passages', 'engine', 'build s', 'heap B/passage', 'JSON snapshot save / load s, MB', 'search p50 / p99 ms [CPU p99]', 'p99 vs /ask [CPU]', 'unpatched p50 / p99 ms (n)', 'R@1'],
    results.flatMap((r) => {
      const { orama, minisearch } = r.baselines;
      const perPassage = (bytes: number) => count(Math.round(bytes / r.passages));
      const snapshot = (s: { save_ms: number; load_ms: number; bytes: number } | null) => (s ? `${seconds(s.save_ms)} / ${seconds(s.load_ms)}, ${megabytes(s.bytes)}` : 'too big for one string');
      return [
        [count(r.passages), 'Orama 3.1.18', seconds(orama.build_ms), perPassage(orama.heap_bytes), snapshot(orama.snapshot), `${ms(orama.p50)} / ${ms(orama.p99)} [${ms(orama.cpu.p99)}]`, `${ratio(orama.p99, r.ask.p99)} [${ratio(orama.cpu.p99, r.ask.cpu.p99)}]`,
          orama.unpatched ? `${ms(orama.unpatched.p50)} / ${ms(orama.unpatched.p99)} (${orama.unpatched.samples})` : '–', recall(orama.r1)],
        [count(r.passages), 'MiniSearch', seconds(minisearch.build_ms), perPassage(minisearch.heap_bytes), snapshot(minisearch.snapshot), `${ms(minisearch.p50)} / ${ms(minisearch.p99)} [${ms(minisearch.cpu.p99)}]`, `${ratio(minisearch.p99, r.ask.p99)} [${ratio(minisearch.cpu.p99, r.ask.cpu.p99)}]`, '–', recall(minisearch.r1)],
      ];
    }),
  );
  return [
    'Wall-clock figures; [CPU] is this process\'s CPU time, the better guide when the load average exceeds the cores.',
    '',
    `Machine: ${machine.nproc} cores, ${machine.cpu}, ${megabytes(machine.memory_bytes)} MB RAM, Node ${machine.node}, Orama ${machine.orama} findAllWords ${machine.orama_find_all_words}`,
    '',
    'storybot (/ask = engine.ask + Discord rendering, in-process; start-up = from the snapshot to a warm engine as openEngine does it, corpus in memory):',
    '',
    storybot,
    '',
    'Plain engines, default settings, same passages and queries ("p99 vs /ask" > 1× means storybot is faster):',
    '',
    plain,
  ].join('\n');
}
