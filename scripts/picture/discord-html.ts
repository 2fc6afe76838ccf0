import { ButtonStyle, ComponentType, type APIEmbed, type APIMessageComponent } from 'discord-api-types/v10';
import type { MessagePayload } from '../../src/transport/interaction.js';

/** Who the picture shows asking, and the bot answering. */
export interface Scene {
  user: string;
  bot: string;
  command: string;
  time: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The part of Discord's markdown the renderers write: **bold**, *italic*, __underline__, `code`,
 * [text](url), backslash escapes and `> ` quote lines. Anything else shows as typed, as Discord would.
 */
export function markdownToHtml(markdown: string): string {
  const escapes: string[] = [];
  // Escaped characters are set aside so no rule below reads them as markup.
  const protectedText = markdown.replace(/\\([^\sa-zA-Z0-9])/g, (_, c: string) => `\u0000${escapes.push(c) - 1}\u0000`);
  const inline = (text: string) =>
    escapeHtml(text)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\[([^\]]+)\]\((?:&#60;)?(https?:[^)\s]+?)(?:&#62;)?\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/__(.+?)__/g, '<u>$1</u>')
      .replace(/\*(.+?)\*/g, '<em>$1</em>');
  const blocks: string[] = [];
  for (const line of protectedText.split('\n')) {
    const quote = /^> ?(.*)$/.exec(line);
    blocks.push(quote ? `<blockquote>${inline(quote[1]!)}</blockquote>` : `<div class="line">${inline(line) || '&nbsp;'}</div>`);
  }
  return blocks.join('').replace(/\u0000(\d+)\u0000/g, (_, i: string) => escapeHtml(escapes[Number(i)]!));
}

function embedHtml(embed: APIEmbed): string {
  const color = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const fields = (embed.fields ?? [])
    .map((field) => `<div class="field${field.inline ? ' inline' : ''}"><div class="field-name">${markdownToHtml(field.name)}</div><div class="field-value">${markdownToHtml(field.value)}</div></div>`)
    .join('');
  return `<div class="embed" style="border-left-color:${color}">
    ${embed.title ? `<div class="embed-title">${markdownToHtml(embed.title)}</div>` : ''}
    ${embed.description ? `<div class="embed-description">${markdownToHtml(embed.description)}</div>` : ''}
    ${fields ? `<div class="fields">${fields}</div>` : ''}
    ${embed.footer ? `<div class="embed-footer">${escapeHtml(embed.footer.text)}</div>` : ''}
  </div>`;
}

const BUTTON_CLASS: Partial<Record<ButtonStyle, string>> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
  [ButtonStyle.Link]: 'secondary link',
};

function componentsHtml(rows: readonly APIMessageComponent[]): string {
  return rows
    .map((row) => {
      if (row.type !== ComponentType.ActionRow) return '';
      const buttons = row.components.map((item) => {
        if (item.type !== ComponentType.Button || !('label' in item)) return '';
        const emoji = 'emoji' in item && item.emoji?.name ? `${escapeHtml(item.emoji.name)} ` : '';
        const arrow = item.style === ButtonStyle.Link ? ' <span class="arrow">↗</span>' : '';
        return `<span class="button ${BUTTON_CLASS[item.style] ?? 'secondary'}${item.disabled ? ' disabled' : ''}">${emoji}${escapeHtml(item.label ?? '')}${arrow}</span>`;
      });
      return `<div class="row">${buttons.join('')}</div>`;
    })
    .join('');
}

const STYLE = `
  body { margin: 0; background: #313338; color: #dbdee1; font: 16px/1.375 "Liberation Sans", "DejaVu Sans", sans-serif; }
  .message { display: flex; gap: 16px; padding: 20px 24px 24px 16px; width: 740px; }
  .avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #2b6cb0; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; margin-top: 22px; }
  .reply { font-size: 14px; color: #b5bac1; margin-bottom: 4px; }
  .reply b { color: #c9cdfb; font-weight: 500; } .reply .command { color: #949cf7; }
  .name { color: #f2f3f5; font-weight: 600; } .tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; padding: 1px 4px; border-radius: 3px; margin-left: 4px; vertical-align: 2px; }
  .time { color: #949ba4; font-size: 12px; margin-left: 6px; }
  .embed { margin-top: 4px; background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 10px 16px 14px 12px; max-width: 640px; font-size: 14px; }
  .embed-title { color: #f2f3f5; font-weight: 600; font-size: 16px; margin: 2px 0 8px; }
  .embed-description, .field-value { color: #dbdee1; }
  blockquote { margin: 0; padding: 0 0 0 12px; border-left: 4px solid #4e5058; }
  .fields { margin-top: 8px; } .field { margin-top: 8px; } .field-name { color: #f2f3f5; font-weight: 600; margin-bottom: 2px; }
  .embed-footer { color: #b5bac1; font-size: 12px; margin-top: 10px; }
  a { color: #00a8fc; text-decoration: none; } strong { color: #f2f3f5; }
  code { background: #1e1f22; border-radius: 3px; padding: 0 3px; font-family: "DejaVu Sans Mono", monospace; font-size: 85%; }
  .row { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
  .button { font-size: 14px; font-weight: 500; color: #fff; padding: 0 16px; height: 32px; line-height: 32px; border-radius: 3px; }
  .primary { background: #5865f2; } .secondary { background: #4e5058; } .success { background: #248046; } .danger { background: #da373c; }
  .disabled { opacity: .5; } .arrow { font-size: 12px; }
`;

/** A page that shows `payload` the way Discord's dark theme shows a bot's reply to a slash command. */
export function messageHtml(payload: MessagePayload, scene: Scene): string {
  const embeds = (payload.embeds ?? []).map(embedHtml).join('');
  const components = componentsHtml((payload.components ?? []) as APIMessageComponent[]);
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
  <div class="message">
    <div class="avatar">${escapeHtml(scene.bot[0]!.toUpperCase())}</div>
    <div>
      <div class="reply"><b>@${escapeHtml(scene.user)}</b> used <span class="command">/${escapeHtml(scene.command)}</span></div>
      <div><span class="name">${escapeHtml(scene.bot)}</span><span class="tag">APP</span><span class="time">${escapeHtml(scene.time)}</span></div>
      ${payload.content ? `<div class="content">${markdownToHtml(payload.content)}</div>` : ''}
      ${embeds}${components}
    </div>
  </div>
  <script>document.body.dataset.height = Math.ceil(document.body.getBoundingClientRect().height);</script>
  </body></html>`;
}
