import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { ButtonInteraction, CommandModule, HandlerDeps } from '../src/transport/interaction.js';
import { ASK_PAGE_SIZE, questionOfAskMessage, renderAsk } from '../src/render/discord/ask.js';
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
  const answer = engine.ask(question, { limit: ASK_PAGE_SIZE }).answer;
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
    ],
    ...EVERYWHERE,
  },

  async execute(interaction, deps) {
    const question = interaction.string('question')?.trim() ?? '';
    if (!question) {
      await interaction.reply(notice('Ask a question, for example `/ask question: Who said what?`'));
      return;
    }
    await answerQuestion(interaction, deps, question, interaction.boolean('private') ?? false);
  },

  async button(interaction, deps) {
    const { engine, now } = deps;
    const clicked = decodeButton(interaction.customId);
    if (clicked?.action === 'sources') {
      // Anyone may look at the coverage, and the list is theirs alone; it never expires.
      await interaction.reply(renderSources(engine.sources(), 0, { ownerId: interaction.userId, now: now(), ephemeral: true }));
      return;
    }
    if (clicked?.action === 'vote') {
      await vote(interaction, clicked.value === 1, deps);
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
