import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { MAX_PASSAGE_CHARS, SPLIT_PASSAGE_CHARS } from '../../src/corpus/passages.js';
import { collapse, tempDir } from './helpers.js';

// Small articles written for these tests, in the shapes real pages from other outlets take.
const LEDE = 'The regional council approved the new flood barrier on Tuesday after two years of delays, officials said.';
const SECOND = 'Construction is due to start next spring and should take three years.';
const body = (text: string): string[] => parseArticle(text).paragraphs.map(({ start, end }) => collapse(text.slice(start, end)));
const furniture = (text: string): string[] => parseArticle(text).furniture.map((f) => f.text);

describe('datelines without a capitalised place and agency', () => {
  it('cuts a place-less agency dateline and takes the agency as the outlet', () => {
    const text = `Flood barrier approved after long delay\n\n(AP) — ${LEDE}\n\n${SECOND}\n`;
    expect(body(text)).toEqual([LEDE, SECOND]);
    expect(parseArticle(text).meta).toMatchObject({ dateline: '(AP)', outlet: 'The Associated Press' });
    expect(parseArticle(`(Reuters) - ${LEDE}`).meta).toMatchObject({ dateline: '(Reuters)', outlet: 'Reuters' });
  });

  it('leaves an unknown word in parentheses alone', () => {
    const text = `(Updated) — ${LEDE}`;
    expect(body(text)).toEqual([text]);
    expect(parseArticle(text).meta.outlet).toBeNull();
  });

  it('keeps the outlet a sidecar names over the dateline agency', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'barrier.txt'), `(AP) — ${LEDE}\n\n${SECOND}\n`);
    writeFileSync(join(dir, 'barrier.meta.json'), JSON.stringify({ outlet: 'The Valley Courier' }));
    const corpus = await loadCorpus(dir);
    expect(corpus.sources[0]).toMatchObject({ outlet: 'The Valley Courier', dateline: '(AP)' });
    expect(corpus.passages[0]!.text).toBe(LEDE);
  });
});

describe('"City - " datelines', () => {
  it('cuts an ordinary-case place and a spaced hyphen from the first paragraph', () => {
    for (const place of ['Northport', 'Port Elbridge DC', 'Lagos, Nigeria']) {
      const text = `${place} - ${LEDE}\n\n${SECOND}\n`;
      expect(body(text)).toEqual([LEDE, SECOND]);
      expect(parseArticle(text).meta.dateline).toBe(place);
    }
  });

  it('does not cut a sentence that opens with a dash aside, nor a later paragraph', () => {
    const aside = 'The Senate - which met late - passed the bill on Friday, aides said.';
    expect(body(aside)).toEqual([aside]);
    const later = `${LEDE}\n\nNorthport - Residents welcomed the decision on Wednesday.`;
    expect(body(later)).toEqual([LEDE, 'Northport - Residents welcomed the decision on Wednesday.']);
  });
});

describe('sourcing notes', () => {
  it('drops "(With inputs from agencies.)" and syndication notes, keeps prose that starts alike', () => {
    const note = '(This story has not been edited by Valley Courier staff and is auto-generated from a syndicated feed.)';
    const prose = 'With inputs from the public, the council drew up a plan to widen the river channel.';
    const text = `${LEDE}\n\n${prose}\n\n(With inputs from agencies.)\n\n${note}\n`;
    expect(body(text)).toEqual([LEDE, prose]);
    expect(furniture(text)).toEqual(['(With inputs from agencies.)', note]);
    expect(body(`${LEDE}\nWith inputs from PTI\n`)).toEqual([LEDE]);
  });
});

describe('a summary under the headline', () => {
  const SUMMARY = 'The long-delayed barrier will protect thousands of homes along the river.';

  it('is not paragraph 1 when a byline or date line follows it', () => {
    const text = `Flood barrier approved after long delay\n\n${SUMMARY}\n\nBy Jane Morrow\nMay 6, 2025\n\n${LEDE}\n\n${SECOND}\n`;
    expect(body(text)).toEqual([LEDE, SECOND]);
    expect(parseArticle(text).furniture).toContainEqual({ kind: 'deck', text: SUMMARY });
    expect(parseArticle(text).meta).toMatchObject({ title: 'Flood barrier approved after long delay', byline: 'Jane Morrow', date: '2025-05-06' });
  });

  it('is not paragraph 1 when the next paragraph opens with the dateline, which is then cut', () => {
    const text = `Flood barrier approved after long delay\n\n${SUMMARY}\n\nNORTHPORT (AP) — ${LEDE}\n\n${SECOND}\n`;
    expect(body(text)).toEqual([LEDE, SECOND]);
    expect(parseArticle(text).meta).toMatchObject({ dateline: 'NORTHPORT (AP)', outlet: 'The Associated Press' });
  });

  it('stays when it is the story: a brief signed at its end, or a long first paragraph', () => {
    const brief = `${LEDE}\n\n${SECOND}\n\nBy Jane Morrow\n`;
    expect(body(brief)).toEqual([LEDE, SECOND]);
    const long = `${LEDE} ${SECOND} ${LEDE} ${SECOND} ${LEDE}`;
    expect(body(`${long}\n\nBy Jane Morrow\n\n${SECOND}`)).toEqual([long, SECOND]);
    expect(body(`${LEDE}\n\n${SECOND}\n\n${LEDE}\n\nMay 6, 2025\n\n${SECOND}`)).toEqual([LEDE, SECOND, LEDE, SECOND]);
  });
});

describe('a photo caption inside a paragraph', () => {
  const HEAD = 'The regional council approved the new flood barrier for the old harbour on Tuesday after two years of delays and said that construction';
  const TAIL = 'would begin next spring, officials said. The barrier will cost 40 million euros.';
  const WHOLE = `${HEAD} ${TAIL}`;
  const CAPTION = 'Workers inspect the old sea wall in Northport, May 2, 2025.\nJane Morrow/AP';

  it('does not split it: one passage, its text without the caption, one sentence across the gap', async () => {
    const dir = tempDir();
    const split = `Flood barrier approved after long delay\n\n${HEAD}\n\n${CAPTION}\n\n${TAIL}\n\n${SECOND}\n`;
    writeFileSync(join(dir, 'a-split.txt'), split);
    writeFileSync(join(dir, 'b-whole.txt'), `Flood barrier gets the go-ahead in Northport\n\n${WHOLE}\n\nResidents of the harbour district welcomed the decision.\n`);
    const corpus = await loadCorpus(dir);
    const [first, second] = corpus.passages.filter((p) => p.sourceId === 'a-split');
    expect(first!.text).toBe(WHOLE);
    // The same paragraph in another outlet's copy reads the same, so the two are recognised as one.
    expect(corpus.passages.find((p) => p.sourceId === 'b-whole')!.text).toBe(first!.text);
    expect(second!.text).toBe(SECOND);
    expect(first!.sentences.map((s) => s.text)).toEqual([`${HEAD} would begin next spring, officials said.`, 'The barrier will cost 40 million euros.']);
    expect(first!.omitted).toHaveLength(1);
    const { start, end } = first!.omitted![0]!;
    expect(split.slice(start, end)).toContain('Workers inspect the old sea wall');
    expect(collapse(split.slice(first!.start, start) + ' ' + split.slice(end, first!.end))).toBe(first!.text);
    expect(corpus.warnings).toEqual([]);
  });

  it('leaves paragraphs apart when the first ends its sentence or the next starts a new one', () => {
    const text = `${LEDE}\n\n${CAPTION}\n\n${SECOND}\n`;
    expect(body(text)).toEqual([LEDE, SECOND]);
    const unfinished = `${LEDE}\n\n${HEAD}\n\n${CAPTION}\n\n${SECOND}\n`;
    expect(body(unfinished)).toEqual([LEDE, HEAD, SECOND]);
  });
});

describe('outlet desk bylines', () => {
  it('reads "X News Desk | place | time" as a byline naming the outlet', () => {
    const text = `Flood barrier approved after long delay\n\nValley Courier News Desk | Northport | Updated: 06-05-2025 05:17 IST\n\nNorthport - ${LEDE}\n\n${SECOND}\n`;
    expect(parseArticle(text).meta).toMatchObject({ byline: 'Valley Courier News Desk', outlet: 'Valley Courier', dateline: 'Northport' });
    expect(body(text)).toEqual([LEDE, SECOND]);
    expect(parseArticle(`Valley Courier Web Desk\n\n${LEDE}`).meta).toMatchObject({ outlet: 'Valley Courier' });
  });

  it('takes no outlet from a desk without a name', () => {
    expect(parseArticle(`News Desk May 04, 2025\n\n${LEDE}`).meta).toMatchObject({ byline: 'News Desk', outlet: null, date: '2025-05-04' });
  });
});

describe('a paragraph too long to cite', () => {
  const sentence = (i: number) => `Sentence number ${i} of the long report says that the committee met again on day ${i} and took no decision.`;
  const long = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' ');

  it(`is split into passages of whole sentences when over ${MAX_PASSAGE_CHARS} characters, without a warning`, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one-line.txt'), `Committee report\n\n${long}\n\n${SECOND}\n`);
    const corpus = await loadCorpus(dir);
    const raw = `Committee report\n\n${long}\n\n${SECOND}\n`;
    expect(corpus.warnings).toEqual([]);
    const passages = corpus.passages;
    expect(passages.length).toBeGreaterThan(long.length / SPLIT_PASSAGE_CHARS);
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `one-line#${i + 1}`));
    expect(passages.map((p) => p.paragraph)).toEqual(passages.map((_, i) => i + 1));
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(SPLIT_PASSAGE_CHARS);
      expect(collapse(raw.slice(p.start, p.end))).toBe(p.text);
      expect(p.text).toMatch(/^(Sentence number \d+ .*? no decision\.)( Sentence number \d+ .*? no decision\.)*$|^Construction/);
    }
    // Nothing lost, nothing repeated, same cut on every load.
    expect(passages.slice(0, -1).map((p) => p.text).join(' ')).toBe(long);
    expect((await loadCorpus(dir)).passages).toEqual(passages);
  });

  it('stays whole up to the limit, and when it has no sentence boundary', () => {
    const short = Array.from({ length: 10 }, (_, i) => sentence(i + 1)).join(' ');
    expect(short.length).toBeLessThan(MAX_PASSAGE_CHARS);
    expect(body(short)).toEqual([short]);
  });
});
