import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { ButtonInteraction, CommandModule, HandlerDeps } from '../src/transport/interaction.js';
import { ASK_PAGE_SIZE, askedQuestion, questionOfAskMessage, renderAsk } from '../src/render/discord/ask.js';
import { FilterError, whereOf } from '../src/answer/filters.js';
import { askFiltersOfMessage, outletChoices, withAskFilters, type AskFilters } from '../src/render/discord/ask-filters.js';
import { decodeButton } from '../src/render/discord/buttons.js';
import { notice, voteNotice } from '../src/render/discord/notices.js';
import { renderSources } from '../src/render/discord/sources.js';
import { logVote } from '../src/transport/feedback.js';
import { answerQuestion, EVERYWHERE, pageClick, sourceTable } from './shared.js';

export const QUESTION_MAX = 200;

/** A 👍/👎 on an answer: logged with the question and the answer's passage for `storybot feedback`. */
async function vote(interaction: ButtonInteraction, up: boolean, { engine, logger }: HandlerDeps): Promise<void> {
  const question = questionOfAskMessage(interaction.message);
  if (!question) {
    await interaction.reply(notice('This message no longer shows a question to vote on.'));
    return;
  }
  // The message shows the engine's answer to its question, as the paging buttons assume too.
  const answer = engine.ask(question, { limit: ASK_PAGE_SIZE, ...askFiltersOfMessage(interaction.message) }).answer;
  logVote(logger, {
    question,
    passage: answer?.passageId ?? null,
    answer: answer?.text ?? null,
    vote: up ? 'up' : 'down',
    user: interaction.userId,
    message: interaction.message.id,
  });
  await interaction.reply(voteNotice(up));
}

export const ask: CommandModule = {
  data: {
    name: 'ask',
    type: ApplicationCommandType.ChatInput,
    description: 'Ask about the story: the answer is quoted from the articles, with citations',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question', required: true, max_length: QUESTION_MAX },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
      { type: ApplicationCommandOptionType.String, name: 'outlet', description: 'Only articles from this outlet', autocomplete: true, max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'since', description: 'Only articles dated on or after this day (YYYY-MM-DD)', min_length: 10, max_length: 10 },
      { type: ApplicationCommandOptionType.String, name: 'until', description: 'Only articles dated on or before this day (YYYY-MM-DD)', min_length: 10, max_length: 10 },
    ],
    ...EVERYWHERE,
  },

  async execute(interaction, deps) {
    // As the title shows it and the buttons re-ask it: without invisible bidi or zero-width controls.
    const question = askedQuestion(interaction.string('question') ?? '');
    if (!question) {
      await interaction.reply(notice('Ask a question, for example `/ask question: Who said what?`'));
      return;
    }
    const filters: AskFilters = {};
    for (const name of ['outlet', 'since', 'until'] as const) {
      const value = interaction.string(name)?.trim();
      if (value) filters[name] = value;
    }
    try {
      whereOf(filters);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      await interaction.reply(notice(`${error.message}, for example \`2025-05-04\`.`));
      return;
    }
    await answerQuestion(interaction, deps, question, interaction.boolean('private') ?? false, filters);
  },

  async autocomplete(interaction, { engine }) {
    // Answered from memory: Discord allows three seconds and the user is typing.
    await interaction.respond(interaction.focused.name === 'outlet' ? outletChoices(engine.outlets(interaction.focused.value.trim())) : []);
  },

  async button(interaction, deps) {
    const { engine, now } = deps;
    // Read back exactly (the buttons' MAC covers it): a question that cannot be is refused by pageClick.
    const question = questionOfAskMessage(interaction.message) ?? '';
    const clicked = decodeButton(interaction.customId, question);
    if (clicked?.action === 'sources') {
      // Anyone may look at the coverage, and the list is theirs alone; it never expires.
      await interaction.reply(renderSources(engine.sources(), 0, { ownerId: interaction.userId, now: now(), ephemeral: true }));
      return;
    }
    if (clicked?.action === 'vote') {
      await vote(interaction, clicked.value === 1, deps);
      return;
    }
    const state = await pageClick(interaction, 'ask', now(), question);
    if (!state) return;
    const filters = askFiltersOfMessage(interaction.message);
    const result = engine.ask(question, { limit: ASK_PAGE_SIZE, offset: state.value, ...filters });
    const page = withAskFilters(renderAsk(result, state.value, { ownerId: state.owner, now: now(), ephemeral: false, sources: sourceTable(engine) }), filters);
    // An update keeps the message where it is; nothing further to show means the results changed under it.
    await interaction.update(result.passages.length === 0 ? { components: [] } : page);
  },
};
