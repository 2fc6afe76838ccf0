import nlp from 'compromise';
import { normalizeWord } from '../../index/analyzer.js';
import type { AnswerType } from './question.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|several|few)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)';

const PATTERNS: Record<'date' | 'number' | 'duration', RegExp> = {
  date: new RegExp(
    `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|${MONTH}\\.?\\s+(?:1[89]|20)\\d{2}|${WEEKDAY}|(?:1[89]|20)\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}|yesterday|today|tomorrow|(?:last|next|this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)|in\\s+${MONTH}\\b)`,
    'giu',
  ),
  number: new RegExp(`(?:\\b\\d[\\d,.]*|\\b${NUMBER_WORD}\\b)`, 'giu'),
  duration: new RegExp(`(?:\\b(?:\\d[\\d,.]*|${NUMBER_WORD}|a|an)[\\s-]+${UNIT}\\b|\\bfor\\s+(?:hours|days|weeks|months|years)\\b)`, 'giu'),
};

const MEMO_LIMIT = 20_000;
interface Entities {
  person: string[];
  place: string[];
}
const entityMemo = new Map<string, Entities>();

/** People and organisations, and places, named in a sentence (compromise; memoised, as tagging costs ~ms). */
function entities(sentence: string): Entities {
  let found = entityMemo.get(sentence);
  if (!found) {
    const doc = nlp(sentence);
    found = {
      person: [...(doc.people().out('array') as string[]), ...(doc.organizations().out('array') as string[])],
      place: doc.places().out('array') as string[],
    };
    if (entityMemo.size >= MEMO_LIMIT) entityMemo.clear();
    entityMemo.set(sentence, found);
  }
  return found;
}

/** Phrases of the sentence that could answer a question of this type. */
function answerPhrases(sentence: string, type: AnswerType): string[] {
  if (type === 'person' || type === 'place') return entities(sentence)[type];
  return [...sentence.matchAll(PATTERNS[type])].map((match) => match[0]);
}

/**
 * Whether the sentence holds a phrase of the type the question asks for that the question does not
 * already contain ("Who is James Hewitt?" is answered by a sentence naming someone else: his employer).
 */
export function hasAnswerPhrase(sentence: string, type: AnswerType, questionWords: ReadonlySet<string>): boolean {
  return answerPhrases(sentence, type).some((phrase) => {
    const words = phrase.split(/[^\p{L}\p{N}'’.]+/u).map(normalizeWord).filter(Boolean);
    return words.some((word) => !questionWords.has(word));
  });
}
