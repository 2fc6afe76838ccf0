import { Worker } from 'node:worker_threads';
import type { QuotedPassage } from '../quotes/model.js';
import type { ArticleRecords } from './claims.js';

export interface QuoteWorkerData {
  /** The articles that may hold quotes (quotedArticles), shared out through `claims`. */
  articles: readonly (readonly QuotedPassage[])[];
  claims: Int32Array;
}

export interface WorkerQuotes {
  /** The records of the articles the worker claimed. */
  done: ArticleRecords;
  /** Extraction time inside the worker, without its start-up and the transfers. */
  ms: number;
  /** The worker thread's CPU time for it (null where unknown). */
  cpu_ms: number | null;
}

// Under tsx (tests, bench, eval) this module is the .ts source and so must the worker be; in dist both are .js.
const workerUrl = new URL(`./quote-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker thread for the entry module. A worker does not inherit tsx's loader (`execArgv: ['--import', 'tsx']`
 * does not reach the worker's entry on Node 20), so under tsx a small bootstrap registers it first.
 */
function startWorker(workerData: QuoteWorkerData): Worker {
  if (workerUrl.pathname.endsWith('.js')) return new Worker(workerUrl, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Extracts the quotes of articles claimed from `claims` (extractClaimed) in a worker thread, so that
 * the calling thread can work meanwhile and then claim the rest. Rejects if the worker fails to
 * start, throws or exits without an answer.
 */
export function articleQuotesInWorker(articles: readonly (readonly QuotedPassage[])[], claims: Int32Array): Promise<WorkerQuotes> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker({ articles, claims });
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
