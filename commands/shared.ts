import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { Engine, SourcesResult } from '../src/answer/types.js';
import { ASK_PAGE_SIZE, renderAsk, renderAskNotFound } from '../src/render/discord/ask.js';
import { withAskFilters, type AskFilters } from '../src/render/discord/ask-filters.js';
import { decodeButton, isExpired, type ButtonState } from '../src/render/discord/buttons.js';
import type { CitedSource } from '../src/render/discord/cite.js';
import { expiredNotice, notice, notYoursNotice } from '../src/render/discord/notices.js';
import type { ButtonInteraction, CommandInteraction, HandlerDeps } from '../src/transport/interaction.js';

/**
 * Where every command may be used: installed to a server or by a user (a user-installed app goes
 * with its user into any server, DM and group DM), in servers, the bot's DMs and other DMs.
 * `storybot deploy --guild` leaves these out: they only mean something on global commands.
 */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** Answers a question with the first page of passages (`/ask` and "Ask storybot" on a message). */
export async function answerQuestion(interaction: CommandInteraction, { engine, now }: HandlerDeps, question: string, ephemeral: boolean, filters: AskFilters = {}): Promise<void> {
  const result = engine.ask(question, { limit: ASK_PAGE_SIZE, ...filters });
  await interaction.reply(
    result.passages.length === 0
      ? renderAskNotFound(question)
      : withAskFilters(renderAsk(result, 0, { ownerId: interaction.userId, now: now(), ephemeral, sources: sourceTable(engine) }), filters),
  );
}

// engine.sources() returns the same list until the corpus changes, so each list's table is built once.
const tables = new WeakMap<SourcesResult, ReadonlyMap<string, CitedSource>>();

/** Every source of the engine's corpus (as it is now) by id, for citations. */
export function sourceTable(engine: Engine): ReadonlyMap<string, CitedSource> {
  const all = engine.sources();
  let table = tables.get(all);
  if (!table) {
    table = new Map(all.sources.map((source) => [source.id, source]));
    tables.set(all, table);
  }
  return table;
}

/**
 * The checks every paging button makes before it pages: the custom_id is ours, the buttons have
 * not expired (expired ones are removed), and the clicker is who ran the command (others are told
 * so, privately). Returns the button's state when the click may proceed, else null (already answered).
 */
export async function pageClick(interaction: ButtonInteraction, command: string, now: number, context: string): Promise<ButtonState | null> {
  // `context`: the text read back from the message; the custom_id's MAC must cover exactly it.
  const state = decodeButton(interaction.customId, context);
  if (!state) {
    await interaction.reply(notice(`This button is not recognised. Run \`/${command}\` again.`));
    return null;
  }
  if (isExpired(state, now)) {
    await interaction.update({ components: [] });
    await interaction.reply(expiredNotice(command));
    return null;
  }
  if (state.owner !== interaction.userId) {
    await interaction.reply(notYoursNotice());
    return null;
  }
  return state;
}
