import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../../corpus/types.js';
import { buildQuoteBook, serializeQuoteBook } from '../quotes.js';

/** Worker thread entry: extracts the quote book of the corpus it is given and posts it back serialized, with its own time. */
const started = performance.now();
const data = serializeQuoteBook(buildQuoteBook(workerData as Corpus));
parentPort!.postMessage({ data, ms: performance.now() - started });
