import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { CommandModule } from '../src/transport/interaction.js';
import { ASK_PAGE_SIZE, questionOfAskMessage, renderAsk, renderAskNotFound } from '../src/render/discord/ask.js';
import { decodeButton } from '../src/render/discord/buttons.js';
import { notice } from '../src/render/discord/notices.js';
import { renderSources } from '../src/render/discord/sources.js';
import { pageClick, sourceTable } from './shared.js';

export const QUESTION_MAX = 200;

export const ask: CommandModule = {
  data: {
    name: 'ask',
    type: ApplicationCommandType.ChatInput,
    description: 'Ask about the story: the answer is quoted from the articles, with citations',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question', required: true, max_length: QUESTION_MAX },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
    ],
  },

  async execute(interaction, { engine, now }) {
    const question = interaction.string('question')?.trim() ?? '';
    const ephemeral = interaction.boolean('private') ?? false;
    if (!question) {
      await interaction.reply(notice('Ask a question, for example `/ask question: Who said what?`'));
      return;
    }
    // Searching a large corpus may take longer than Discord's three seconds: acknowledge first.
    await interaction.defer({ ephemeral });
    const result = engine.ask(question, { limit: ASK_PAGE_SIZE });
    await interaction.reply(
      result.passages.length === 0
        ? renderAskNotFound(question)
        : renderAsk(result, 0, { ownerId: interaction.userId, now: now(), ephemeral, sources: sourceTable(engine) }),
    );
  },

  async button(interaction, { engine, now }) {
    if (decodeButton(interaction.customId)?.action === 'sources') {
      // Anyone may look at the coverage, and the list is theirs alone; it never expires.
      await interaction.reply(renderSources(engine.sources(), 0, { ownerId: interaction.userId, now: now(), ephemeral: true }));
      return;
    }
    const state = await pageClick(interaction, 'ask', now());
    if (!state) return;
    const question = questionOfAskMessage(interaction.message);
    if (!question) {
      await interaction.update({ components: [] });
      return;
    }
    const result = engine.ask(question, { limit: ASK_PAGE_SIZE, offset: state.value });
    const page = renderAsk(result, state.value, { ownerId: state.owner, now: now(), ephemeral: false, sources: sourceTable(engine) });
    // An update keeps the message where it is; nothing further to show means the results changed under it.
    await interaction.update(result.passages.length === 0 ? { components: [] } : page);
  },
};
