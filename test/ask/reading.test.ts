import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { findAcronyms, spellOutAcronyms } from '../../src/answer/ask/acronyms.js';
import { readChat } from '../../src/answer/ask/chat.js';
import { stripMarkup } from '../../src/answer/ask/markup.js';
import { readQuestion } from '../../src/answer/ask/read.js';
import type { AskTrace } from '../../src/answer/types.js';
import { FILLER, makeCorpus } from './fixture.js';

describe('questions read the way people type them', () => {
  it('Discord markup is dropped: mentions, roles, channels, commands, timestamps, emoji, URLs, code, Markdown, list markers, invisible characters', () => {
    expect(stripMarkup('Why did the council refuse the ferry? <@123456789012345678>')).toBe('Why did the council refuse the ferry?');
    expect(stripMarkup('@everyone <@&123456789012345678> <#123456789012345678> why the ferry')).toBe('why the ferry');
    expect(stripMarkup('</ask:123456789012345678> <t:0:R> <:pepe:123456789012345678> <a:dance:123456789012345678> :thinking: ferry')).toBe('ferry');
    expect(stripMarkup('see https://example.com/a?b=1 and <https://example.org> ferry')).toBe('see and ferry');
    expect(stripMarkup('1. **Why** did the `council` refuse ~~the~~ ||ferry||?')).toBe('Why did the council refuse the ferry ?');
    expect(stripMarkup('> why did the\u202E council\u200B refuse')).toBe('why did the council refuse');
    // Times and ratios are words, not emoji.
    expect(stripMarkup('the 10:30 ferry')).toBe('the 10:30 ferry');
  });

  it('chat abbreviations and slang become the words they stand for; filler goes', () => {
    expect(readChat('wat did the govt say abt the ferry rn lol').text).toBe('what did the government say about the ferry right now');
    expect(readChat('ppl wanna know smth b4 the vote w/o the mayor tbh').text).toBe('people want to know something before the vote without the mayor');
    expect(readChat('whats the pres gonna do ngl').filler).toEqual(['ngl']);
    // Filler in capitals is still filler; a short word in capitals may be an acronym and is kept.
    expect(readChat('LOL what did the WHO say').text).toBe('what did the WHO say');
    expect(readChat('isnt the ferry free').text).toBe('is not the ferry free');
  });

  it('an acronym the corpus spells out is written out; an ordinary word is not', () => {
    const passages = makeCorpus([{ id: 'a', paragraphs: ['The National Security Council met the Port Authority of Dover.', 'The Wall Street Journal reported it.'] }]).passages;
    const acronyms = findAcronyms(passages.map((passage) => passage.text));
    expect(acronyms.get('nsc')).toBe('National Security Council');
    expect(acronyms.get('wsj')).toBe('Wall Street Journal');
    expect(acronyms.get('pad')).toBe('Port Authority of Dover');
    const known = (word: string): boolean => ['the', 'met', 'port'].includes(word);
    expect(spellOutAcronyms('did the nsc say anything', acronyms, known)).toBe('did the National Security Council say anything');
    expect(spellOutAcronyms('what did the WSJ report', acronyms, known)).toBe('what did the Wall Street Journal report');
    // "met" is a word of the corpus: never read as initials.
    expect(spellOutAcronyms('who met the council', new Map([['met', 'Metropolitan Police']]), known)).toBe('who met the council');
  });

  it('markup and chat words never make an answerable question unanswerable', () => {
    const corpus = makeCorpus([
      { id: 'a', paragraphs: ['The harbour council refused the ferry operator because the fees were too high.', 'The National Security Council said the port was safe.'] },
      { id: 'filler', paragraphs: FILLER },
    ]);
    const engine = createEngine(corpus);
    for (const question of [
      'Why did the harbour council refuse the ferry operator? <@123456789012345678>',
      '@everyone <@&123> why did the harbour council refuse the ferry operator lol',
      'why did the harbour council refuse the ferry operator tbh :thinking: https://example.com/x',
    ]) {
      const result = engine.ask(question);
      expect(result.answered, question).toBe(true);
      expect(result.passages[0]?.id, question).toBe('a#1');
    }
    expect(engine.ask('wat did the nsc say abt the port').passages[0]?.id).toBe('a#2');
  });

  it('readQuestion keeps a formal question as it is', () => {
    expect(readQuestion('Why did the council refuse the ferry?')).toBe('Why did the council refuse the ferry?');
  });
});

describe('the typo guard', () => {
  const corpus = makeCorpus([
    { id: 'a', paragraphs: ['The crew went aboard the ferry before the storm.', 'The council defended the sovereignty of the island.'] },
    { id: 'filler', paragraphs: FILLER },
  ]);
  const engine = createEngine(corpus);

  it('corrects a misspelling to the corpus word it stands for', () => {
    expect(engine.ask('what did the council say about soverignty').passages[0]?.id).toBe('a#2');
    expect(engine.ask('who went abord the ferry').passages[0]?.id).toBe('a#1');
  });

  it('never turns an unknown name into a common word two edits away', () => {
    const trace: AskTrace = { unanswered: null };
    engine.ask('what did abbord say about the storm', {}, trace);
    // "abbord" stays a word the corpus lacks (weighed as such), not a match for "aboard".
    expect(trace.signals!.unlisted + trace.signals!.unknownName).toBeGreaterThan(0);
  });
});
