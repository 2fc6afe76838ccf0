import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Corpus, Passage, Source } from './types.js';

// INTERIM (replaced by the corpus issue): paragraphs split on blank lines, no cleaning, naive sentences.
export async function loadCorpus(dir: string): Promise<Corpus> {
  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(dir, name), 'utf8');
    const id = basename(name, '.txt');
    let paragraph = 0;
    for (const match of raw.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
      const text = match[0].trim();
      if (!text) continue;
      paragraph++;
      const start = match.index + match[0].indexOf(text);
      const sentences = [...text.matchAll(/[^.!?]+[.!?]*["”’]?\s*/g)].map((m) => ({
        text: m[0].trim(),
        start: start + m.index,
        end: start + m.index + m[0].trimEnd().length,
      }));
      passages.push({ id: `${id}#${paragraph}`, sourceId: id, paragraph, text, start, end: start + text.length, sentences });
    }
    sources.push({ id, file: join(dir, name), outlet: null, title: null, date: null, url: null, byline: null, dateline: null, paragraphs: paragraph, words: raw.split(/\s+/).length });
  }
  return { dir, sources, passages, warnings: [] };
}
