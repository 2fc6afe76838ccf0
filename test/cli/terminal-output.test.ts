import { describe, expect, it } from 'vitest';
import type { AskResult, PassageHit, QuoteResult } from '../../src/answer/types.js';
import { renderAsk } from '../../src/render/terminal/ask.js';
import { renderQuotes } from '../../src/render/terminal/quote.js';
import { detectTerminal, startProgress } from '../../src/transport/cli/terminal.js';
import { inviteUrl, loggedInLine } from '../../src/transport/cli/welcome.js';

const ANSWER = 'The ferry service to the island resumes on Monday after three weeks of repairs to the pier.';
const FIRST_TEXT = `The council confirmed the date in a short statement. ${ANSWER} Residents had campaigned for a temporary landing stage.`;

function hit(id: string, text: string, extra: Partial<PassageHit> = {}): PassageHit {
  const sourceId = id.split('#')[0]!;
  return { id, sourceId, outlet: 'Island Courier', title: 'Ferry returns after repairs to the pier', date: '2024-05-02', url: 'https://courier.example/ferry', paragraph: Number(id.split('#')[1]), text, score: 1, alsoIn: [], highlights: [], ...extra };
}

const RESULT: AskResult = {
  query: 'When does the ferry come back?',
  answered: true,
  answer: { text: ANSWER, passageId: 'a#3' },
  passages: [
    hit('a#3', FIRST_TEXT, { alsoIn: ['b'], highlights: [[FIRST_TEXT.indexOf('ferry'), FIRST_TEXT.indexOf('ferry') + 5]] }),
    hit('c#1', 'Repairs to the pier took longer than planned because of storms in April.', { outlet: null, title: 'Storm delays pier work', url: null }),
  ],
  total: 2,
};
const SOURCES = new Map([['b', { id: 'b', outlet: 'Mainland Radio', title: 'Ferry is back' }]]);

describe('storybot ask, for people', () => {
  it('marks the answer inside its passage instead of printing it twice', () => {
    const out = renderAsk(RESULT, { color: false, sources: SOURCES });
    const flat = out.replace(/\s+/g, ' ');
    expect(flat.split('The ferry service to the island resumes').length - 1).toBe(1);
    expect(flat).toContain(`»${ANSWER}«`);
    expect(out.split('\n')[0]).toBe('Answer: the sentence marked »…« in passage 1.');
    expect(out).toContain('also in: Mainland Radio (2 outlets)');
  });

  it.each([40, 80, 100])('wraps every line but addresses to %i columns, at word boundaries', (width) => {
    const lines = renderAsk(RESULT, { color: false, width, sources: SOURCES }).split('\n');
    for (const line of lines.filter((l) => !l.includes('https://'))) expect(line.length).toBeLessThanOrEqual(width);
    // The first passage's lines put back together are its text, the answer marked: no word was cut.
    const start = lines.findIndex((line) => line.startsWith('1. '));
    const end = lines.findIndex((line, i) => i > start && line.startsWith('   — '));
    const rejoined = lines.slice(start, end).map((line) => line.trim()).join(' ').replace(/^1\. /, '');
    expect(rejoined).toBe(FIRST_TEXT.replace(ANSWER, `»${ANSWER}«`));
  });

  it('on a colour terminal, underlines the answer and makes the question words bold', () => {
    const out = renderAsk(RESULT, { color: true, sources: SOURCES });
    expect(out).toContain('»\u001b[4mThe \u001b[1mferry\u001b[22m service');
    expect(out).toContain('pier.\u001b[24m«');
  });

  it('says plainly when nothing answers', () => {
    expect(renderAsk({ query: 'Who won the regatta?', answered: false, answer: null, passages: [], total: 0 }, { color: false })).toBe(
      'Not in the corpus: nothing in these articles answers "Who won the regatta?".',
    );
  });
});

describe('storybot quote, for people', () => {
  const result: QuoteResult = {
    query: 'landing stage',
    quotes: [
      {
        text: 'We asked for a landing stage months ago and nobody listened to the people who live here.',
        speaker: 'Mary Holt',
        role: 'residents’ association chair',
        sourceId: 'a',
        passageId: 'a#4',
        variants: [{ text: 'We asked for a landing stage months ago.', sourceId: 'b', passageId: 'b#2' }],
      },
    ],
  };
  it('cites each quote by outlet and paragraph, never by file id, within the width', () => {
    const sources = new Map([
      ['a', { id: 'a', outlet: 'Island Courier', title: null }],
      ['b', { id: 'b', outlet: 'Mainland Radio', title: null }],
    ]);
    const out = renderQuotes(result, { width: 50, sources });
    expect(out).toContain('— Mary Holt, residents’ association chair');
    expect(out).toContain('Island Courier ¶4');
    expect(out).toContain('• Mainland Radio ¶2: “We asked');
    expect(out).not.toContain('a#4');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
  });
});

describe('the terminal', () => {
  it('wraps to stdout.columns on a terminal and to 80 in a pipe', () => {
    expect(detectTerminal({ isTTY: true, columns: 100 }, { isTTY: true })).toEqual({ width: 100, tty: true, color: true, interactive: true });
    expect(detectTerminal({ isTTY: false, columns: 100 }, { isTTY: true })).toEqual({ width: 80, tty: false, color: false, interactive: false });
    expect(detectTerminal({ isTTY: true, columns: 20 }, { isTTY: false }).width).toBe(40);
    expect(detectTerminal({ isTTY: true, columns: 300 }, { isTTY: false })).toMatchObject({ width: 120, interactive: false });
  });

  it('shows a progress line only on a terminal, and clears it when done', () => {
    const written: string[] = [];
    const stream = (isTTY: boolean) => ({ isTTY, columns: 80, write: (text: string) => written.push(text) }) as unknown as NodeJS.WriteStream;
    const piped = startProgress('indexing…', { stream: stream(false) });
    piped.update('still indexing…');
    piped.done();
    expect(written).toEqual([]);
    const shown = startProgress('indexing 50,000 passages…', { stream: stream(true) });
    shown.update('writing the snapshot…');
    shown.done();
    expect(written[0]).toContain('storybot: indexing 50,000 passages…');
    expect(written[1]).toContain('writing the snapshot…');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('start prints the invite address with the bot and applications.commands scopes', () => {
    expect(inviteUrl('123456789012345678')).toBe('https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot+applications.commands');
    expect(loggedInLine({ user: 'helper#0001', guilds: 1, applicationId: '123456789012345678' })).toMatch(/^Logged in as helper#0001, in 1 server\. Invite it: https:/);
  });
});
