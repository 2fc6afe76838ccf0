import { parentPort, workerData } from 'node:worker_threads';
import type { Passage } from '../../corpus/types.js';
import { extractArticles } from '../quotes.js';

/** Worker thread entry: extracts the quotes of the articles it is given and posts the records back, with its own time. */
const started = performance.now();
const records = extractArticles(workerData as Passage[]);
parentPort!.postMessage({ records, ms: performance.now() - started });
