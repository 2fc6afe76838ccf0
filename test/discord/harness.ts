import { EventEmitter, once } from 'node:events';
import { resolve } from 'node:path';
import { openEngine } from '../../src/answer/open.js';
import type { Engine } from '../../src/answer/types.js';
import { parseConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { LIMITS } from '../../src/render/discord/limits.js';
import { expect } from 'vitest';
import type { InteractionRecord } from '../fake-discord/server.js';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose lines are kept, and announced, for assertions. */
export function memoryLogger(): { logger: Logger; lines: LogLine[]; events: EventEmitter; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const events = new EventEmitter();
  const logger = createLogger('debug', {
    write(chunk: string) {
      raw.push(chunk);
      const line = JSON.parse(chunk) as LogLine;
      lines.push(line);
      events.emit('line', line);
    },
  });
  return { logger, lines, events, raw };
}

/** Resolves with the first log line (already written or to come) that satisfies `match`. */
export async function logLine(log: { lines: LogLine[]; events: EventEmitter }, match: (line: LogLine) => boolean): Promise<LogLine> {
  for (;;) {
    const found = log.lines.find(match);
    if (found) return found;
    await once(log.events, 'line');
  }
}

let engine: Promise<Engine> | undefined;
/** The real engine over the bundled corpus, loaded once per test file. */
export function bundledEngine(): Promise<Engine> {
  engine ??= openEngine(parseConfig({ CORPUS_DIR }), createLogger('fatal', { write: () => undefined }), { quotes: true }).then((opened) => opened.engine);
  return engine;
}

type Json = Record<string, unknown>;

/** Asserts every Discord limit and the no-mention rule on a message payload the bot sent. */
export function expectWithinDiscordLimits(payload: Json): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect(String(payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = (payload.embeds ?? []) as Json[];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const embed of embeds) {
    const title = String(embed.title ?? '');
    const description = String(embed.description ?? '');
    const footer = String((embed.footer as Json | undefined)?.text ?? '');
    const fields = (embed.fields ?? []) as Array<{ name: string; value: string }>;
    expect(title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(fields.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of fields) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(field.value.length).toBeGreaterThan(0);
      total += field.name.length + field.value.length;
    }
    total += title.length + description.length + footer.length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of (payload.components ?? []) as Array<{ components: Json[] }>) {
    for (const component of row.components) {
      if (component.custom_id !== undefined) expect(String(component.custom_id).length).toBeLessThanOrEqual(LIMITS.customId);
    }
  }
}

/** The custom_ids of a payload's buttons, by label. */
export function buttonsOf(payload: Json): Map<string, { custom_id: string; disabled?: boolean }> {
  const buttons = new Map<string, { custom_id: string; disabled?: boolean }>();
  for (const row of (payload.components ?? []) as Array<{ components: Array<{ label: string; custom_id: string; disabled?: boolean }> }>) {
    for (const button of row.components) buttons.set(button.label, button);
  }
  return buttons;
}

/** A message payload as the fake recorded it. */
export type SentMessage = Record<string, unknown> & {
  embeds?: Array<Record<string, any>>;
  components?: Array<{ components: Array<Record<string, any>> }>;
  content?: string;
  flags?: number;
};

/** The message payload that answered the interaction: the callback's data, or the last edit/follow-up after a deferral. */
export function answerOf(record: InteractionRecord): SentMessage {
  const last = record.exchanges.filter((e) => e.kind !== 'delete').at(-1)!;
  return (last.kind === 'callback' ? last.body.data : last.body) as SentMessage;
}
