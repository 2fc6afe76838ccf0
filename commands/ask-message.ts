import { ApplicationCommandType } from 'discord-api-types/v10';
import { plainTextOfMessage } from '../src/render/discord/message-text.js';
import { notice } from '../src/render/discord/notices.js';
import { plainCut } from '../src/render/discord/truncate.js';
import type { CommandModule } from '../src/transport/interaction.js';
import { QUESTION_MAX } from './ask.js';
import { answerQuestion, EVERYWHERE } from './shared.js';

/** "Ask storybot" in a message's Apps menu: asks about that message's words, as `/ask` would. */
export const askMessage: CommandModule = {
  data: { name: 'Ask storybot', type: ApplicationCommandType.Message, ...EVERYWHERE },
  help: 'asks about the words of that message, as `/ask` would',

  async execute(interaction, deps) {
    const text = interaction.targetMessage ? plainTextOfMessage(interaction.targetMessage) : '';
    if (!text) {
      await interaction.reply(notice('That message has no words to ask about. Try `/ask` with a question.'));
      return;
    }
    // As long as an /ask question at most, cut at a word: the answer's title shows it, and paging reads it back.
    const question = text.slice(0, plainCut(text, QUESTION_MAX));
    await answerQuestion(interaction, deps, question, false);
  },
};
