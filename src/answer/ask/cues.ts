import type { Token } from '../../index/analyzer.js';
import { STOP_WORDS } from '../../index/stopwords.js';

/**
 * What kind of phrase answers the question, read from its wording: when → date, who → a name,
 * where → a place, how many/much → number, how long → duration, which/what + noun → a name standing
 * with that noun ("a Wall Street Journal report"), "relationship/relations/ties" → how two parties
 * stand with each other.
 */
export type CueKind = 'date' | 'person' | 'number' | 'duration' | 'place' | 'named' | 'relation';

export interface AnswerCue {
  kind: CueKind;
  /** For `named`: the index term of the noun the name goes with ("report"). */
  noun?: string;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|several|few)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)';
const PARTIES = '(?:countries|nations|sides|governments|leaders|parties|states|men|women|companies|allies|neighbou?rs)';

/** Phrase patterns, matched on the sentence's text. */
const PATTERNS: Partial<Record<CueKind, RegExp>> = {
  date: new RegExp(
    `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|${MONTH}\\.?\\s+(?:1[89]|20)\\d{2}|${WEEKDAY}|(?:1[89]|20)\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}|yesterday|today|tomorrow|(?:last|next|this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)|in\\s+${MONTH}\\b)`,
    'giu',
  ),
  number: new RegExp(`(?:\\b\\d[\\d,.]*|\\b${NUMBER_WORD}\\b)`, 'giu'),
  duration: new RegExp(`(?:\\b(?:\\d[\\d,.]*|${NUMBER_WORD}|a|an)[\\s-]+${UNIT}\\b|\\bfor\\s+(?:hours|days|weeks|months|years)\\b)`, 'giu'),
  // Two parties named together as such: "between the two nations", "both countries", "each other".
  relation: new RegExp(
    `\\b(?:between\\s+(?:the|our|their|these|those|both)\\s+(?:two\\s+)?${PARTIES}|(?:both|the\\s+two|our\\s+two)\\s+${PARTIES}|each\\s+other|one\\s+another|bilateral|mutual)\\b`,
    'giu',
  ),
};

const DATE_NOUNS = new Set(['date', 'day', 'year', 'month', 'time']);
const RELATION_NOUNS = new Set(['relationship', 'relationships', 'relation', 'relations', 'ties']);
/** Words that put a place after them: "in eastern Mexico", "from Washington". */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'into', 'inside', 'outside', 'to', 'toward', 'towards', 'throughout']);
/** Words that attach a name after the noun: "a report from The Wall Street Journal". */
const ATTACHING = new Set(['from', 'by', 'of', 'at', 'in']);
/** Titles before a name: "from President Ana Ruiz" names a person, not a place. */
const TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'judge', 'general', 'king', 'queen', 'prince', 'princess', 'pope', 'dr', 'mr', 'mrs', 'ms', 'sir']);
/** Reporting verbs after a name: "in Ruiz said" reads a person. */
const SAID = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'stated', 'announced', 'argued']);
const QUESTION_OPENERS = new Set(['what', 'when', 'where', 'who', 'whom', 'whose', 'which', 'how']);

/**
 * The cues of a question from its folded words. `isNoun` tells a noun after which/what ("which
 * report") from a verb ("what happened"). Returns the noun that only names the date asked for, which
 * is not a topic word ("What was the date of the call?").
 */
export function questionCues(words: readonly string[], termOf: (word: string) => string, isNoun: (word: string) => boolean): { cues: AnswerCue[]; dateNoun: string | null } {
  const cues: AnswerCue[] = [];
  let dateNoun: string | null = null;
  const at = words.findIndex((word) => QUESTION_OPENERS.has(word));
  if (at >= 0) {
    const next = words[at + 1];
    switch (words[at]) {
      case 'when':
        cues.push({ kind: 'date' });
        break;
      case 'who':
      case 'whom':
      case 'whose':
        cues.push({ kind: 'person' });
        break;
      case 'where':
        cues.push({ kind: 'place' });
        break;
      case 'how':
        if (next === 'many' || next === 'much') cues.push({ kind: 'number' });
        if (next === 'long') cues.push({ kind: 'duration' });
        break;
      case 'what':
      case 'which': {
        dateNoun = words.slice(at + 1, at + 4).find((word) => DATE_NOUNS.has(word)) ?? null;
        if (dateNoun) cues.push({ kind: 'date' });
        else if (next && !STOP_WORDS.has(next) && (words[at] === 'which' || isNoun(next))) cues.push({ kind: 'named', noun: termOf(next) });
        break;
      }
    }
  }
  if (words.some((word) => RELATION_NOUNS.has(word))) cues.push({ kind: 'relation' });
  return { cues, dateNoun };
}

/** Runs of capitalised words that can be names: a sentence's first word only when a capitalised word follows it. */
function names(tokens: readonly Token[]): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capitalized || (i === 0 && (STOP_WORDS.has(tokens[0]!.word) || !tokens[1]?.capitalized))) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < tokens.length && tokens[to + 1]!.capitalized) to++;
    runs.push({ from: i, to });
    i = to + 1;
  }
  return runs;
}

/** The sentence's words, its text and the question's words: what every cue looks at. */
export interface CueInput {
  tokens: readonly Token[];
  text: string;
  questionWords: ReadonlySet<string>;
}

/**
 * Whether the sentence holds a phrase of the kind asked for that the question does not already
 * contain ("Who is James Hewitt?" is answered by a sentence naming someone else: his employer).
 */
export function cueFires(cue: AnswerCue, { tokens, text, questionWords }: CueInput): boolean {
  const isNew = (from: number, to: number): boolean => tokens.slice(from, to + 1).some((token) => !questionWords.has(token.word));
  switch (cue.kind) {
    case 'person':
      return names(tokens).some(({ from, to }) => isNew(from, to));
    case 'place':
      return names(tokens).some(({ from, to }) => {
        if (!isNew(from, to)) return false;
        if (tokens.slice(from, to + 1).some((token) => TITLES.has(token.word)) || SAID.has(tokens[to + 1]?.word ?? '')) return false;
        const before = tokens[from - 1];
        const twoBefore = tokens[from - 2];
        return (before && LOCATIVE.has(before.word)) || (twoBefore && LOCATIVE.has(twoBefore.word) && !before!.capitalized);
      });
    case 'named':
      return names(tokens).some(({ from, to }) => {
        if (!isNew(from, to)) return false;
        if (tokens[to + 1]?.term === cue.noun) return true;
        const attach = from >= 2 && ATTACHING.has(tokens[from - 1]!.word) ? from - 2 : from >= 3 && tokens[from - 1]!.word === 'the' && ATTACHING.has(tokens[from - 2]!.word) ? from - 3 : -1;
        return attach >= 0 && tokens[attach]!.term === cue.noun;
      });
    default: {
      const pattern = PATTERNS[cue.kind]!;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].split(/[^\p{L}\p{N}]+/u).some((word) => word && !questionWords.has(word.toLowerCase()))) return true;
      }
      return false;
    }
  }
}
