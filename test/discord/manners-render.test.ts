/** The renderers behind Discord manners: link buttons, message text, /help, and the feedback export. */
import { ApplicationCommandOptionType, ApplicationCommandType, ButtonStyle } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/render/discord/help.js';
import { LIMITS } from '../../src/render/discord/limits.js';
import { sourceLinkRow, withTextFragment } from '../../src/render/discord/links.js';
import { plainTextOfMarkup, plainTextOfMessage } from '../../src/render/discord/message-text.js';
import { feedbackQuestions, tallyVotes, votesInLog, type Vote } from '../../src/transport/feedback.js';

const source = (id: string, url: string | null, outlet: string | null = `Outlet ${id}`) => ({ id, outlet, title: `Headline ${id}`, date: null, url });

describe('text fragments', () => {
  it('points a short sentence by its whole text, without its end punctuation, percent-encoding dashes and commas', () => {
    expect(withTextFragment('https://news.example/a', '“Well-known, they said.”')).toBe('https://news.example/a#:~:text=Well%2Dknown%2C%20they%20said');
  });

  it('names a long sentence by its first and last four words', () => {
    const sentence = 'The harbour board voted on Tuesday to close the old pier for repairs until the spring.';
    expect(withTextFragment('https://news.example/a', sentence)).toBe('https://news.example/a#:~:text=The%20harbour%20board%20voted,repairs%20until%20the%20spring');
  });

  it('adds the directive after an existing fragment, and leaves an existing directive alone', () => {
    expect(withTextFragment('https://news.example/a#top', 'Short words here')).toBe('https://news.example/a#top:~:text=Short%20words%20here');
    expect(withTextFragment('https://news.example/a#:~:text=x', 'Short words here')).toBe('https://news.example/a#:~:text=x');
  });

  it('uses fewer words, then none, to stay within the limit', () => {
    const url = `https://news.example/${'p'.repeat(40)}`;
    const sentence = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda.';
    const shorter = withTextFragment(url, sentence, url.length + 40);
    expect(shorter.length).toBeLessThanOrEqual(url.length + 40);
    expect(shorter).toMatch(/#:~:text=Alpha.*,.*lambda$/);
    expect(withTextFragment(url, sentence, url.length + 5)).toBe(url);
  });
});

describe('link buttons to the cited articles', () => {
  it('one link button per cited source with an http(s) address, numbered as cited, at most five', () => {
    const links = ['1', '2', '3', '4', '5', '6', '7'].map((id, i) => ({ number: i + 1, source: source(id, `https://news.example/${id}`) }));
    const row = sourceLinkRow(links)!;
    expect(row.components).toHaveLength(LIMITS.buttonsPerRow);
    expect(row.components[0]).toEqual({ type: 2, style: ButtonStyle.Link, label: '[1] Outlet 1', url: 'https://news.example/1' });
    for (const button of row.components) expect(button).not.toHaveProperty('custom_id');
  });

  it('skips sources without a usable address, over 512 characters or not on the web; none at all gives no row', () => {
    const links = [
      { number: 1, source: source('a', null) },
      { number: 2, source: source('b', 'javascript:alert(1)') },
      { number: 3, source: source('c', `https://news.example/${'x'.repeat(LIMITS.buttonUrl)}`) },
    ];
    expect(sourceLinkRow(links)).toBeNull();
    const row = sourceLinkRow([...links, { number: 4, source: source('d', 'http://news.example/d') }])!;
    expect(row.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['[4] Outlet d']);
  });

  it('cuts a long outlet name to 80 characters; the source holding the answer links to the sentence', () => {
    const long = source('e', 'https://news.example/e', 'A very long outlet name '.repeat(6));
    const row = sourceLinkRow([{ number: 1, source: long, sentence: 'The pier closes until spring.' }])!;
    const button = row.components[0] as { label: string; url: string };
    expect(button.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    expect(button.label.endsWith('…')).toBe(true);
    expect(button.url).toBe('https://news.example/e#:~:text=The%20pier%20closes%20until%20spring');
  });
});

describe('the text of a message, without Discord markup', () => {
  it('drops mentions, channels, roles, timestamps, custom and Unicode emoji, and addresses', () => {
    const markup = '<@123456789012345678> <@!123456789012345678> <#223456789012345678> <@&323456789012345678> @everyone did the pier close? <t:1700000000:R> <:pier:423456789012345678> <a:wave:523456789012345678> 🎉👍🏽 https://example.com/x <https://example.com/y>';
    expect(plainTextOfMarkup(markup)).toBe('did the pier close?');
  });

  it('keeps the words of formatting, masked links, quotes and headings; drops code blocks', () => {
    expect(plainTextOfMarkup('# Why did the **harbour** _board_ ~~close~~ ||the pier||?')).toBe('Why did the harbour board close the pier?');
    expect(plainTextOfMarkup('> see [the report](https://example.com/r) and `closure`')).toBe('see the report and closure');
    expect(plainTextOfMarkup('-# small print\n```\ncode block\n```')).toBe('small print');
  });

  it('falls back to the embeds when a message has no content of its own', () => {
    expect(plainTextOfMessage({ content: '<@123456789012345678> 👀', embeds: [{ title: 'Pier closed', description: 'The **board** voted.' }] })).toBe('Pier closed The board voted.');
    expect(plainTextOfMessage({ content: '<@123456789012345678> 👀 https://example.com', embeds: [] })).toBe('');
  });
});

describe('/help', () => {
  it('lists every command from its definition: usage, what it does; context menus by their help line', () => {
    const payload = renderHelp([
      {
        data: {
          name: 'find',
          type: ApplicationCommandType.ChatInput,
          description: 'Finds things',
          options: [
            { type: ApplicationCommandOptionType.String, name: 'what', description: 'x', required: true },
            { type: ApplicationCommandOptionType.Boolean, name: 'quiet', description: 'y' },
          ],
        },
      },
      {
        data: {
          name: 'items',
          type: ApplicationCommandType.ChatInput,
          description: 'Items',
          options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'add', description: 'Adds one', options: [{ type: ApplicationCommandOptionType.String, name: 'name', description: 'z', required: true }] }],
        },
      },
      { data: { name: 'Look it up', type: ApplicationCommandType.Message }, help: 'looks up the message' },
    ]);
    expect(payload.flags).toBe(64);
    expect(payload.embeds![0]!.description!.split('\n')).toEqual([
      '**/find** `what:` [`quiet:`] — Finds things',
      '**/items add** `name:` — Adds one',
      '**Look it up** (on a message: **Apps** → Look it up) — looks up the message',
    ]);
  });
});

describe('feedback export', () => {
  const line = (vote: Partial<Vote> & { msg?: string }) =>
    JSON.stringify({ level: 30, time: 1, name: 'storybot', msg: 'feedback', question: 'Did the pier close?', passage: 'a#2', answer: 'The pier closed.', vote: 'up', user: '1', message: 'm1', ...vote });

  it('reads the feedback lines of a log and skips everything else', () => {
    const log = [line({}), '{"level":30,"msg":"interaction","outcome":"ok"}', 'not json at all', line({ vote: 'sideways' as 'up' }), ''].join('\n');
    expect(votesInLog(log)).toEqual([{ question: 'Did the pier close?', passage: 'a#2', answer: 'The pier closed.', vote: 'up', user: '1', message: 'm1' }]);
  });

  it('counts one vote per user and message (the last), and exports answers voted up as gold, voted down apart', () => {
    const log = [
      line({ user: '1', vote: 'down' }),
      line({ user: '1', vote: 'up' }), // changed their mind
      line({ user: '2', message: 'm2', question: 'did the  PIER close?' }),
      line({ user: '3', question: 'Who paid?', passage: 'b#1', answer: 'The city paid.', vote: 'down', message: 'm3' }),
      line({ user: '4', question: 'Who paid?', passage: null, answer: null, message: 'm4' }),
    ].join('\n');
    const tallies = tallyVotes(votesInLog(log));
    expect(tallies.map((t) => [t.q, t.up, t.down])).toEqual([
      ['Did the pier close?', 2, 0], // the same question however it is typed
      ['Who paid?', 0, 1],
      ['Who paid?', 1, 0],
    ]);
    const questions = feedbackQuestions(tallies);
    expect(questions.answerable).toEqual([{ q: 'Did the pier close?', gold: ['The pier closed.'] }]);
    expect(questions.voted_down).toEqual([{ q: 'Who paid?', passage: 'b#1', answer: 'The city paid.', up: 0, down: 1 }]);
  });
});
