import { parentPort, workerData } from 'node:worker_threads';
import { extractClaimed } from './claims.js';
import type { QuoteWorkerData } from './quotes-in-worker.js';
import { cpuSince, threadCpuMs } from './thread-cpu.js';

/** Worker thread entry: extracts the articles it claims and posts their records back, with its own time. */
const { articles, claims } = workerData as QuoteWorkerData;
const started = performance.now();
const cpuStarted = threadCpuMs();
const done = extractClaimed(articles, claims);
parentPort!.postMessage({ done, ms: performance.now() - started, cpu_ms: cpuSince(cpuStarted) });
