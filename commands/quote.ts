import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { Engine } from '../src/answer/types.js';
import type { CommandModule } from '../src/transport/interaction.js';
import { speakerChoices } from '../src/render/discord/choices.js';
import { notice } from '../src/render/discord/notices.js';
import { QUOTES_PAGE_SIZE, renderQuotes, renderSpeakerQuotes, speakerOfQuoteMessage } from '../src/render/discord/quote.js';
import { EVERYWHERE, pageClick, sourceTable } from './shared.js';

/** One page of a speaker's quotes, and whether another follows (the engine lists them in order). */
function speakerPage(engine: Engine, speaker: string, page: number) {
  const upTo = (page + 1) * QUOTES_PAGE_SIZE;
  const quotes = engine.quote(null, { speaker, limit: upTo + 1 }).quotes;
  return { quotes: quotes.slice(page * QUOTES_PAGE_SIZE, upTo), hasNext: quotes.length > upTo };
}

export const quote: CommandModule = {
  data: {
    name: 'quote',
    type: ApplicationCommandType.ChatInput,
    description: 'Who said what: quotes with speaker, outlet and date, and how each outlet worded them',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'text', description: 'Words from the quote (leave out to list everything the speaker said)', max_length: 200 },
      { type: ApplicationCommandOptionType.String, name: 'speaker', description: 'Only quotes by this person', autocomplete: true, max_length: 100 },
    ],
    ...EVERYWHERE,
  },

  async execute(interaction, { engine, now }) {
    const text = interaction.string('text')?.trim() || null;
    const speaker = interaction.string('speaker')?.trim() || null;
    if (!text && !speaker) {
      await interaction.reply(notice('Give words from a quote (`text:`), a speaker (`speaker:`), or both.'));
      return;
    }
    if (!text && speaker) {
      const { quotes, hasNext } = speakerPage(engine, speaker, 0);
      await interaction.reply(renderSpeakerQuotes(quotes, speaker, 0, hasNext, { ownerId: interaction.userId, now: now(), sources: sourceTable(engine) }));
      return;
    }
    const result = engine.quote(text, speaker ? { speaker } : {});
    await interaction.reply(renderQuotes(result, speaker, { sources: sourceTable(engine) }));
  },

  async autocomplete(interaction, { engine }) {
    // Answered from memory: Discord allows three seconds and the user is typing.
    await interaction.respond(speakerChoices(engine.speakers(interaction.focused.value.trim())));
  },

  async button(interaction, { engine, now }) {
    const speaker = speakerOfQuoteMessage(interaction.message);
    const state = await pageClick(interaction, 'quote', now(), speaker ?? '');
    if (!state) return;
    const page = speaker ? speakerPage(engine, speaker, state.value) : null;
    // Nothing to show on that page means the quotes changed under the message: just remove the buttons.
    if (!speaker || !page || page.quotes.length === 0) {
      await interaction.update({ components: [] });
      return;
    }
    await interaction.update(renderSpeakerQuotes(page.quotes, speaker, state.value, page.hasNext, { ownerId: state.owner, now: now(), sources: sourceTable(engine) }));
  },
};
