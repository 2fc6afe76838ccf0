import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.js';
import { findDate } from '../../src/corpus/dates.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { SEED_DIR, tempDir } from './helpers.js';

const LEDE = 'The minister resigned on Friday after weeks of pressure over the budget, officials said.';
const body = (text: string): string[] => parseArticle(text).paragraphs.map(({ start, end }) => text.slice(start, end));

describe('metadata inferred from the text', () => {
  it('reads a leading "date YYYY-MM-DD" line, alone or before the first sentence', () => {
    expect(parseArticle(`date 2025-05-04\n\n${LEDE}`).meta.date).toBe('2025-05-04');
    const inline = ` date 2025-05-04 ${LEDE}`;
    expect(parseArticle(inline).meta.date).toBe('2025-05-04');
    expect(body(inline)).toEqual([LEDE]);
  });

  it('reads dates as pages print them', () => {
    expect(findDate('News Desk May 04, 2025')?.date).toBe('2025-05-04');
    expect(findDate('Published Sat 3 May 2025 10.00 BST')?.date).toBe('2025-05-03');
    expect(findDate('Updated 9:14 AM UTC, June 2, 2024')?.date).toBe('2024-06-02');
    expect(findDate('Sept. 9, 2023')?.date).toBe('2023-09-09');
    expect(findDate('2024/03/14')?.date).toBe('2024-03-14');
    expect(findDate('February 30, 2025')).toBeNull();
    expect(findDate('in 2025 alone')).toBeNull();
  });

  it('takes headline, byline and date from a header and keeps them out of the body', () => {
    const text = `Minister quits over budget row\n\nBy Jane Doe and Ali Khan\nMay 04, 2025\n\n${LEDE}\n`;
    expect(parseArticle(text).meta).toEqual({
      title: 'Minister quits over budget row',
      date: '2025-05-04',
      byline: 'Jane Doe and Ali Khan',
      dateline: null,
      outlet: null,
    });
    expect(body(text)).toEqual([LEDE]);
  });

  it('reads a dateline and its agency, and cuts it from the first passage', () => {
    const text = `MEXICO CITY (AP) — ${LEDE}\n\nA second paragraph follows here.`;
    const { meta } = parseArticle(text);
    expect(meta.dateline).toBe('MEXICO CITY (AP)');
    expect(meta.outlet).toBe('The Associated Press');
    expect(body(text)).toEqual([LEDE, 'A second paragraph follows here.']);
  });

  it('names the outlet from an agency byline', () => {
    expect(parseArticle(`By The Associated Press\n\n${LEDE}`).meta).toMatchObject({ byline: 'The Associated Press', outlet: 'The Associated Press' });
    expect(parseArticle(`By Jane Doe, Reuters\n\n${LEDE}`).meta).toMatchObject({ byline: 'Jane Doe, Reuters', outlet: 'Reuters' });
    expect(parseArticle(`By Jane Doe\n\n${LEDE}`).meta).toMatchObject({ byline: 'Jane Doe', outlet: null });
  });

  it('takes a Markdown heading as the headline', () => {
    expect(parseArticle(`# Minister quits\n\n${LEDE}`).meta.title).toBe('Minister quits');
  });

  it('leaves unknown metadata null rather than guessing', () => {
    expect(parseArticle(`${LEDE}\n\nBy the end of the day, nothing had changed.`).meta).toEqual({
      title: null,
      date: null,
      byline: null,
      dateline: null,
      outlet: null,
    });
  });

  it('infers what the seeds show when they have no sidecar', async () => {
    const dir = tempDir();
    for (const id of ['000_93455575c53b0e54', '001_2dae5b0090463c0d', '003_b2cabb8e39e5c6fc', '004_548375a72d7ec2da']) {
      copyFileSync(join(SEED_DIR, `${id}.txt`), join(dir, `${id}.txt`));
    }
    const corpus = await loadCorpus(dir);
    const meta = Object.fromEntries(corpus.sources.map(({ id, title, date, outlet, url }) => [id.slice(0, 3), { title, date, outlet, url }]));
    expect(meta['000']).toEqual({ title: null, date: '2025-05-04', outlet: null, url: null });
    expect(meta['001']).toEqual({
      title: "Mexico's president says she rejected Trump's plan to send U.S. troops across the border",
      date: '2025-05-04',
      outlet: 'The Associated Press',
      url: null,
    });
    expect(meta['003']).toEqual({ title: 'Mexico rejects Trump’s push to send US troops across border', date: '2025-05-04', outlet: null, url: null });
    expect(meta['004']).toEqual({ title: null, date: null, outlet: null, url: null });
  });
});

describe('metadata sidecars', () => {
  async function loadWith(sidecar: string | null): Promise<Awaited<ReturnType<typeof loadCorpus>>> {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.txt'), `Minister quits over budget row\n\nBy Jane Doe, Reuters\n\n${LEDE}\n`);
    if (sidecar !== null) writeFileSync(join(dir, 'story.meta.json'), sidecar);
    return loadCorpus(dir);
  }

  it('overrides the text field by field; a field set to null stays unknown', async () => {
    const corpus = await loadWith(JSON.stringify({ title: 'The real headline', outlet: null, url: 'https://example.com/story', date: '2025-05-04' }));
    expect(corpus.warnings).toEqual([]);
    const { title, outlet, url, date, byline } = corpus.sources[0]!;
    expect({ title, outlet, url, date, byline }).toEqual({
      title: 'The real headline',
      outlet: null,
      url: 'https://example.com/story',
      date: '2025-05-04',
      byline: 'Jane Doe, Reuters',
    });
  });

  it('ignores a sidecar that is not JSON with one warning, and still loads the article from its text', async () => {
    const corpus = await loadWith('{ title: oops');
    expect(corpus.warnings).toHaveLength(1);
    expect(corpus.warnings[0]).toMatchObject({ code: 'bad-metadata' });
    expect(corpus.warnings[0]!.file).toMatch(/story\.meta\.json$/);
    expect(corpus.warnings[0]!.reason).toMatch(/not valid JSON/);
    expect(corpus.sources[0]).toMatchObject({ title: 'Minister quits over budget row', outlet: 'Reuters' });
  });

  it('lists every problem of an invalid sidecar in its one warning', async () => {
    const corpus = await loadWith(JSON.stringify({ date: 'May 4, 2025', url: 'ftp://x', headline: 'x', outlet: 3 }));
    expect(corpus.warnings).toHaveLength(1);
    const { reason } = corpus.warnings[0]!;
    for (const problem of ['"date"', '"url"', 'unknown field "headline"', '"outlet"']) expect(reason).toContain(problem);
    expect(corpus.sources[0]!.date).toBeNull();
  });

  it('warns about a sidecar without its article', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.txt'), LEDE);
    writeFileSync(join(dir, 'gone.meta.json'), '{}');
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings.map((w) => w.code)).toEqual(['orphan-metadata']);
    expect(corpus.sources).toHaveLength(1);
  });
});
