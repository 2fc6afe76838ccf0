import { Worker } from 'node:worker_threads';
import type { Passage } from '../../corpus/types.js';
import type { QuoteRecord } from '../quotes/model.js';

export interface WorkerQuotes {
  records: QuoteRecord[];
  /** Extraction time inside the worker, without its start-up and the transfers. */
  ms: number;
}

// Under tsx (tests, bench, eval) this module is the .ts source and so must the worker be; in dist both are .js.
const workerUrl = new URL(`./quote-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker thread for the entry module. A worker does not inherit tsx's loader (`execArgv: ['--import', 'tsx']`
 * does not reach the worker's entry on Node 20), so under tsx a small bootstrap registers it first.
 */
function startWorker(workerData: readonly Passage[]): Worker {
  if (workerUrl.pathname.endsWith('.js')) return new Worker(workerUrl, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Extracts the quotes of these articles (extractArticles) in a worker thread, so that the calling
 * thread can work meanwhile. Rejects if the worker fails to start, throws or exits without an answer.
 */
export function articleQuotesInWorker(passages: readonly Passage[]): Promise<WorkerQuotes> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(passages);
    } catch (error) {
      reject(error);
      return;
    }
    let answered = false;
    worker.once('message', (message: WorkerQuotes) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`quote worker exited with code ${code} before answering`));
    });
  });
}
