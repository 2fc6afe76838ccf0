import { describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/render/discord/ask.js';
import { markdownToHtml, messageHtml } from '../../scripts/picture/discord-html.js';

describe('the README picture’s HTML', () => {
  it('turns the markdown the renderers write into HTML, escaped text staying text', () => {
    expect(markdownToHtml('**[1]** **Harbour News** — [Ferry \\*returns\\*](https://news.example/ferry) — `3 May`')).toBe(
      '<div class="line"><strong>[1]</strong> <strong>Harbour News</strong> — <a href="https://news.example/ferry">Ferry *returns*</a> — <code>3 May</code></div>',
    );
    expect(markdownToHtml('> the answer <b>')).toBe('<blockquote>the answer &#60;b&#62;</blockquote>');
  });

  it('shows a real /ask payload: its title, passages, sources and buttons', () => {
    const text = 'The ferry service to the island resumes on Monday after repairs to the pier.';
    const payload = renderAsk(
      {
        query: 'When does the ferry come back?',
        answered: true,
        answer: { text, passageId: 'a#1' },
        passages: [{ id: 'a#1', sourceId: 'a', outlet: 'Harbour News', title: 'Ferry returns', date: '2024-05-03', url: 'https://news.example/ferry', paragraph: 1, text, score: 1, alsoIn: [], highlights: [] }],
        total: 1,
      },
      0,
      { ownerId: '1', now: 0, ephemeral: false, sources: new Map() },
    );
    const html = messageHtml(payload, { user: 'reader', bot: 'storybot', command: 'ask', time: 'Today' });
    expect(html).toContain('When does the ferry come back?');
    expect(html).toContain('service to the island resumes on Monday after repairs to the pier.');
    expect(html).toContain('<a href="https://news.example/ferry">Ferry returns</a>');
    // Every button of the payload is drawn, with its label (an emoji-only button has none).
    const components = JSON.stringify(payload.components);
    const drawn = [...html.matchAll(/<span class="button [^"]*">(.*?)(?: <span class="arrow">|<\/span>)/g)].map((m) => m[1]!);
    expect(drawn).toHaveLength(components.match(/"type":2\b/g)!.length);
    for (const [, label] of components.matchAll(/"label":"([^"]+)"/g)) expect(drawn.some((text) => text.endsWith(label!))).toBe(true);
    expect(html).toContain('used <span class="command">/ask</span>');
  });
});
