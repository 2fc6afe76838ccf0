import { readChat } from './chat.js';
import { stripMarkup } from './markup.js';

/** The question as words: Discord markup dropped, chat forms read as the words they stand for. */
export function readQuestion(typed: string): string {
  return readChat(stripMarkup(typed)).text;
}
