import { describe, expect, it } from 'vitest';
import type { AskResult, PassageHit, QuoteResult, SourceSummary, SourcesResult } from '../../src/answer/types.js';
import { ASK_PAGE_SIZE, questionOfAskMessage, renderAsk } from '../../src/render/discord/ask.js';
import { decodeButton, encodeButton } from '../../src/render/discord/buttons.js';
import { speakerChoices } from '../../src/render/discord/choices.js';
import { finalize } from '../../src/render/discord/payload.js';
import { renderQuotes } from '../../src/render/discord/quote.js';
import { aboutOfSourcesMessage, renderSources } from '../../src/render/discord/sources.js';
import { buttonsOf, expectWithinDiscordLimits } from './harness.js';

const OWNER = '12345678901234567890'; // the longest snowflake: custom_ids must still fit
const NOW = Date.UTC(2025, 4, 4, 12);
const EPHEMERAL = 64;

function source(n: number, extra: Partial<SourceSummary> = {}): SourceSummary {
  return {
    id: `s${n}`,
    outlet: `Outlet ${n}`,
    title: `Headline number ${n}`,
    date: '2025-05-04',
    url: `https://news.example/${n}`,
    paragraphs: 10,
    words: 1234 + n,
    ...extra,
  };
}

function hit(n: number, text: string, extra: Partial<PassageHit> = {}): PassageHit {
  const s = source(n);
  return { id: `${s.id}#${n}`, sourceId: s.id, outlet: s.outlet, title: s.title, date: s.date, url: s.url, paragraph: n, text, score: 1, alsoIn: [], highlights: [], ...extra };
}

const table = new Map([1, 2, 3, 4].map((n) => [`s${n}`, source(n)]));
const view = { ownerId: OWNER, now: NOW, ephemeral: false, sources: table };

describe('renderAsk', () => {
  const text = 'Sheinbaum said she rejected the offer of troops. Sovereignty is not for sale.';
  const result: AskResult = {
    query: 'Why did Sheinbaum reject the troops?',
    answered: true,
    answer: { text: 'Sovereignty is not for sale.', passageId: 's1#1' },
    passages: [hit(1, text, { highlights: [[0, 9]], alsoIn: ['s2', 's3'] }), hit(2, 'Troops were offered by the president.')],
    total: 7,
  };

  it('puts the answer sentence first with its citation, then the passages with the terms in bold', () => {
    const embed = renderAsk(result, 0, view).embeds![0]!;
    const [answerLine, , first, , second] = embed.description!.split('\n');
    expect(answerLine).toBe('> Sovereignty is not for sale. **[1]**');
    expect(first).toBe('**[1]** **Sheinbaum** said she rejected the offer of troops. Sovereignty is not for sale.');
    // No engine highlights: the question's words are found, with their endings.
    expect(second).toBe('**[2]** **Troops** were offered by the president.');
  });

  it('shows a passage that is only the answer sentence once, as the answer, with its terms in bold', () => {
    const single: AskResult = { ...result, answer: { text: 'Troops were offered.', passageId: 's2#2' }, passages: [hit(2, 'Troops were offered.'), hit(1, text)] };
    const description = renderAsk(single, 0, view).embeds![0]!.description!;
    expect(description.split('\n\n')).toEqual(['> **Troops** were offered. **[1]**', `**[2]** **Sheinbaum** said she **rejected** the offer of **troops**. Sovereignty is not for sale.`]);
  });

  it('in a long passage, shows the part that holds the answer', () => {
    const filler = 'Nothing relevant happens in this sentence at all. '.repeat(40);
    const long = `${filler}Sovereignty is not for sale. ${filler}`;
    const withLong: AskResult = { ...result, passages: [hit(2, 'Troops.'), hit(1, long)] };
    const passage = renderAsk(withLong, 0, view).embeds![0]!.description!.split('\n\n')[2]!;
    expect(passage).toMatch(/^\*\*\[1\]\*\* …Sovereignty is not for sale\. Nothing/);
    expect(passage.endsWith('…')).toBe(true);
  });

  it('numbers citations with outlet, linked headline and date, and names who else reported it', () => {
    const fields = renderAsk(result, 0, view).embeds![0]!.fields!;
    expect(fields[0]).toEqual({
      name: 'Sources',
      value: '**[1]** **Outlet 1** — [Headline number 1](https://news.example/1) — 4 May 2025\n**[2]** **Outlet 2** — [Headline number 2](https://news.example/2) — 4 May 2025',
    });
    expect(fields[1]).toEqual({ name: 'Also reported by', value: '**[1]** Outlet 2, Outlet 3' });
  });

  it('does not link a headline whose address is unknown', () => {
    const noUrl = { ...result, passages: [hit(1, text, { url: null })], answer: null };
    expect(renderAsk(noUrl, 0, view).embeds![0]!.fields![0]!.value).toBe('**[1]** **Outlet 1** — Headline number 1 — 4 May 2025');
  });

  it('has "More passages" pointing at the next page, "Sources", and "Back" after the first page', () => {
    const first = buttonsOf(renderAsk(result, 0, view));
    expect(decodeButton(first.get('More passages')!.custom_id, result.query)).toEqual({ command: 'ask', action: 'page', owner: OWNER, value: result.passages.length, issuedAt: NOW });
    expect(first.has('Sources')).toBe(true);
    expect(first.has('Back')).toBe(false);
    // Passages 7–8 of 7+: the last page, nothing more to fetch.
    const last = buttonsOf(renderAsk(result, 6, view));
    expect(last.get('More passages')!.disabled).toBe(true);
    expect(decodeButton(last.get('Back')!.custom_id, result.query)!.value).toBe(6 - ASK_PAGE_SIZE);
  });

  it('escapes article and question text: markdown shows literally, no mention pings or looks like one', () => {
    const hostile: AskResult = {
      ...result,
      query: '@everyone **why** <@123>?',
      passages: [hit(1, 'He wrote *this* and @here, see [link](https://x.example) <@&5>.')],
    };
    const payload = renderAsk(hostile, 0, view);
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('@\u200beveryone \\*\\*why\\*\\* \\<@123\\>?');
    expect(embed.description).toContain('He wrote \\*this\\* and @\u200bhere, see \\[link\\]\\(https://x.example\\) \\<@&5\\>.');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(questionOfAskMessage(payload as { embeds: Array<{ title?: string }> })).toBe(hostile.query);
  });

  it('stays within every limit with oversized passages, highlights and citations', () => {
    const long = 'Sheinbaum spoke about the troops at length. '.repeat(200);
    const huge: AskResult = {
      query: 'troops '.repeat(40).trim(),
      answered: true,
      answer: { text: long, passageId: 's1#1' },
      passages: [1, 2, 3].map((n) => hit(n, long, { title: 'T'.repeat(500), alsoIn: ['s1', 's2', 's3', 's4'], highlights: [[0, 9], [26, 32]] })),
      total: 1000,
    };
    const payload = renderAsk(huge, 0, view);
    expectWithinDiscordLimits(payload as Record<string, unknown>);
    // Cut passages end with an ellipsis and keep their bold balanced.
    for (const line of payload.embeds![0]!.description!.split('\n\n').slice(1)) {
      expect(line.endsWith('…')).toBe(true);
      expect((line.match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
  });

  it('is ephemeral when asked privately', () => {
    expect(renderAsk(result, 0, { ...view, ephemeral: true }).flags).toBe(EPHEMERAL);
    expect(renderAsk(result, 0, view).flags).toBeUndefined();
  });

  it('nothing found: a short ephemeral message suggesting /sources', () => {
    const payload = renderAsk({ query: 'capital of **Canada**', answered: false, answer: null, passages: [], total: 0 }, 0, view);
    expect(payload.flags).toBe(EPHEMERAL);
    expect(payload.content).toContain('`/sources`');
    expect(payload.content).toContain('capital of \\*\\*Canada\\*\\*');
    expect(payload.embeds).toBeUndefined();
  });
});

describe('renderSources', () => {
  const many: SourcesResult = { about: null, sources: Array.from({ length: 23 }, (_, i) => source(i + 1)) };

  it('lists outlet, linked headline, date and length, ten to a page', () => {
    const payload = renderSources(many, 0, { ownerId: OWNER, now: NOW, ephemeral: false });
    const lines = payload.embeds![0]!.description!.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('**1.** **Outlet 1** — [Headline number 1](https://news.example/1) — 4 May 2025 — 1,235 words');
    expect(payload.embeds![0]!.footer!.text).toBe('23 articles · page 1 of 3');
    const buttons = buttonsOf(payload);
    expect(buttons.get('Previous')!.disabled).toBe(true);
    expect(decodeButton(buttons.get('Next')!.custom_id)).toMatchObject({ command: 'sources', owner: OWNER, value: 1 });
  });

  it('the last page has the rest and no way forward', () => {
    const payload = renderSources(many, 2, { ownerId: OWNER, now: NOW, ephemeral: false });
    expect(payload.embeds![0]!.description!.split('\n')).toHaveLength(3);
    expect(buttonsOf(payload).get('Next')!.disabled).toBe(true);
  });

  it('with about: a title that gives it back, and mention counts', () => {
    const about: SourcesResult = { about: '**troops** @everyone', sources: [source(1, { mentions: 3 }), source(2, { mentions: 1 })] };
    const payload = renderSources(about, 0, { ownerId: OWNER, now: NOW, ephemeral: false });
    expect(payload.embeds![0]!.description).toContain('— mentioned in 3 paragraphs');
    expect(payload.embeds![0]!.description).toContain('— mentioned in 1 paragraph');
    expect(payload.components).toEqual([]);
    expect(aboutOfSourcesMessage(payload as { embeds: Array<{ title?: string }> })).toBe(about.about);
  });

  it('nothing mentions it: an ephemeral notice', () => {
    const payload = renderSources({ about: 'zebra', sources: [] }, 0, { ownerId: OWNER, now: NOW, ephemeral: false });
    expect(payload.flags).toBe(EPHEMERAL);
    expect(payload.content).toContain('zebra');
  });
});

describe('renderQuotes', () => {
  const result: QuoteResult = {
    query: 'sovereignty',
    quotes: [
      {
        text: 'Sovereignty is not for sale.',
        speaker: 'Claudia Sheinbaum',
        role: 'President of Mexico',
        sourceId: 's1',
        passageId: 's1#2',
        variants: [{ text: 'Sovereignty is not for sale, it is loved.', sourceId: 's2', passageId: 's2#4' }],
      },
    ],
  };

  it('shows speaker and role, the quote, its outlet and date, and other outlets’ wordings', () => {
    const embed = renderQuotes(result, null, { sources: table }).embeds![0]!;
    expect(embed.fields![0]).toEqual({
      name: 'Claudia Sheinbaum, President of Mexico',
      value:
        '“Sovereignty is not for sale.”\n— **Outlet 1** — [Headline number 1](https://news.example/1) — 4 May 2025\n' +
        'Other wordings:\n• Outlet 2: “Sovereignty is not for sale, it is loved.”',
    });
  });

  it('stays within every limit with many long quotes', () => {
    const long = { ...result.quotes[0]!, text: 'word '.repeat(2000), variants: Array.from({ length: 9 }, () => ({ text: 'other '.repeat(500), sourceId: 's3', passageId: 's3#1' })) };
    const payload = renderQuotes({ query: 'x'.repeat(300), quotes: Array.from({ length: 30 }, () => long) }, 'y'.repeat(300), { sources: table });
    expectWithinDiscordLimits(payload as Record<string, unknown>);
  });

  it('no quotes: an ephemeral notice', () => {
    expect(renderQuotes({ query: 'nothing', quotes: [] }, null, { sources: table }).flags).toBe(EPHEMERAL);
  });
});

describe('limits', () => {
  it('finalize cuts content, embeds, fields and the 6,000 total, and always sets allowed_mentions', () => {
    const field = { name: 'n'.repeat(300), value: 'word '.repeat(400) };
    const embed = { title: 't '.repeat(200), description: 'd '.repeat(3000), fields: Array.from({ length: 40 }, () => field), footer: { text: 'f' } };
    const payload = finalize({ content: '@everyone look '.repeat(300), embeds: Array.from({ length: 12 }, () => embed) });
    expectWithinDiscordLimits(payload as Record<string, unknown>);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses a custom_id over 100 characters', () => {
    expect(() => encodeButton({ command: 'ask', action: 'x'.repeat(90), owner: OWNER, value: 0, issuedAt: NOW })).toThrow(/custom_id/);
  });

  it('autocomplete: at most 25 choices, names and values within 100 characters', () => {
    const speakers = Array.from({ length: 40 }, (_, i) => ({ speaker: `${'Speaker '.repeat(i % 3 === 0 ? 20 : 2)}${i}`, role: 'r'.repeat(120), quotes: i }));
    const choices = speakerChoices(speakers);
    expect(choices.length).toBe(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});
