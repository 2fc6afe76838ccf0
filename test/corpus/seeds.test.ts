import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { bodyOf, SEED_DIR, sentencesOf } from './helpers.js';
import { SEEDS } from './seed-expectations.js';

// The facts of /work/shared/seeds/SOURCES.md, written out by hand.
const SOURCES_MD = [
  {
    id: '000_93455575c53b0e54',
    outlet: 'The Daily Beast',
    title: 'Mexican Prez Shuts Down Trump: Sovereignty Is Not for Sale',
    date: '2025-05-04',
    url: 'https://www.thedailybeast.com/mexican-prez-shuts-down-trump-sovereignty-is-not-for-sale/',
  },
  {
    id: '001_2dae5b0090463c0d',
    outlet: 'The Associated Press, as carried by MPR News (NPR)',
    title: "Mexico's president says she rejected Trump's plan to send U.S. troops across the border",
    date: '2025-05-04',
    url: 'https://www.mprnews.org/story/2025/05/04/npr-mexico-president-rejected-trumps-plan-us-troops-across-border',
  },
  {
    id: '003_b2cabb8e39e5c6fc',
    outlet: null,
    title: "Mexico rejects Trump's push to send US troops across border",
    date: '2025-05-04',
    url: null,
  },
  {
    id: '004_548375a72d7ec2da',
    outlet: 'Time Bulletin, republishing a Fox News Digital report',
    title: "Mexican president declines Trump's offer of US troops to help fight drug cartels",
    date: '2025-05-04',
    url: 'https://timebulletin.us/mexican-president-declines-trumps-offer-of-us-troops-to-help-fight-drug-cartels/',
  },
];

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(SEED_DIR);
});

describe('the seed corpus', () => {
  it('lists the four seeds with the metadata of SOURCES.md and no warnings', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.sources.map(({ id, outlet, title, date, url }) => ({ id, outlet, title, date, url }))).toEqual(SOURCES_MD);
  });

  it.each(Object.keys(SEEDS))('%s: the passages are exactly the body paragraphs, in order', (id) => {
    expect(bodyOf(corpus, id)).toEqual(SEEDS[id]!.body);
  });

  it.each(Object.keys(SEEDS))('%s: no furniture line is (or is inside) a passage', (id) => {
    const texts = bodyOf(corpus, id);
    for (const line of SEEDS[id]!.furniture) {
      expect(texts).not.toContain(line);
      // Short furniture ("Mexican President Claudia Sheinbaum") legitimately occurs inside body sentences.
      if (line.split(' ').length >= 6) for (const text of texts) expect(text).not.toContain(line);
    }
  });

  it('counts paragraphs and words per source from the body only', () => {
    for (const source of corpus.sources) {
      const body = SEEDS[source.id]!.body;
      expect(source.paragraphs).toBe(body.length);
      expect(source.words).toBe(body.join(' ').split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    }
  });

  it('gives passages stable ids: source id and 1-based paragraph number', () => {
    const ids = corpus.passages.filter((p) => p.sourceId === '004_548375a72d7ec2da').map((p) => p.id);
    expect(ids[0]).toBe('004_548375a72d7ec2da#1');
    expect(ids.at(-1)).toBe('004_548375a72d7ec2da#17');
    expect(new Set(corpus.passages.map((p) => p.id)).size).toBe(corpus.passages.length);
  });

  it('strips the leading "date 2025-05-04" from the first passage of 000, offsets still exact', () => {
    const first = corpus.passages.find((p) => p.id === '000_93455575c53b0e54#1')!;
    const raw = readFileSync(join(SEED_DIR, '000_93455575c53b0e54.txt'), 'utf8');
    expect(raw.slice(first.start, first.end)).toBe(first.text);
    expect(first.text.startsWith('Mexican President Claudia Sheinbaum revealed')).toBe(true);
  });

  it('splits the seeds into sentences around abbreviations, dates and quoted questions', () => {
    expect(sentencesOf(corpus, '001_2dae5b0090463c0d#9')).toEqual([
      'Trump designated many of the gangs and cartels smuggling drugs into the U.S. as foreign terrorist organizations on Feb. 19, restricting their movements and lending law enforcement more resources to act against them.',
    ]);
    expect(sentencesOf(corpus, '001_2dae5b0090463c0d#8')).toHaveLength(1);
    expect(sentencesOf(corpus, '004_548375a72d7ec2da#3')).toEqual([
      'Trump reportedly called Sheinbaum and asked, “How can we help you fight drug trafficking?”',
    ]);
    expect(sentencesOf(corpus, '000_93455575c53b0e54#6')).toEqual([
      'Trump has previously asserted that he would take unilateral action if Mexico failed to dismantle the cartels, telling Fox News last month after his phone call with Sheinbaum, “Mexico is very, very afraid of the cartels.',
      'We want to help her.',
      'We want to help Mexico, because you can’t run a country like that.',
      'You just can’t.”',
    ]);
    expect(sentencesOf(corpus, '000_93455575c53b0e54#10')[0]).toContain('10,000 members of Mexico’s National Guard back in February—she is now making it clear');
  });

  it.skipIf(!existsSync('/work/shared/seeds'))('keeps the seed files byte for byte as received', () => {
    for (const id of Object.keys(SEEDS)) {
      expect(readFileSync(join(SEED_DIR, `${id}.txt`)).equals(readFileSync(`/work/shared/seeds/${id}.txt`))).toBe(true);
    }
  });
});
