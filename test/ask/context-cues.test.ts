import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import type { AskFeatures } from '../../src/answer/ask/features.js';
import { cueFires, questionCues } from '../../src/answer/ask/cues.js';
import { Analyzer } from '../../src/index/analyzer.js';
import { FILLER, makeCorpus } from './fixture.js';

type Article = { id: string; outlet?: string; paragraphs: string[] };
const engineOver = (articles: Article[], features: Partial<AskFeatures> = {}) =>
  createEngine(makeCorpus([...articles, { id: 'filler', paragraphs: FILLER }]), { features });
const rankOf = (engine: ReturnType<typeof engineOver>, question: string, id: string) =>
  engine.ask(question, { limit: 10 }).passages.findIndex((passage) => passage.id === id) + 1;

const analyzer = new Analyzer();
const cuesOf = (question: string) =>
  questionCues(
    analyzer.tokens(question).map((t) => t.word),
    (word) => analyzer.termOf(word),
    () => true,
  ).cues;
const fires = (question: string, sentence: string) => {
  const words = new Set(analyzer.tokens(question).map((t) => t.word));
  return cuesOf(question).map((cue) => [cue.kind, cueFires(cue, { tokens: analyzer.tokens(sentence), text: sentence, questionWords: words })]);
};

describe('answer-type cues', () => {
  it('which + noun asks for a name standing with that noun', () => {
    expect(cuesOf('Which newspaper broke the story?')).toEqual([{ kind: 'named', noun: analyzer.termOf('newspaper') }]);
    expect(fires('Which newspaper broke the story?', 'The story was first told by a Riverside Herald newspaper reporter.')).toEqual([['named', true]]);
    expect(fires('Which newspaper broke the story?', 'A reporter from The Riverside Herald broke the story.')).toEqual([['named', false]]);
    expect(fires('Which newspaper broke the story?', 'The newspaper said nothing.')).toEqual([['named', false]]);
  });

  it('who asks for a name the question does not already hold', () => {
    expect(fires('Who is Maria Lopez?', 'Maria Lopez spoke at length.')).toEqual([['person', false]]);
    expect(fires('Who is Maria Lopez?', 'Lopez works for the Harbour Trust.')).toEqual([['person', true]]);
  });

  it('where asks for a name after a place preposition', () => {
    expect(fires('Where did the mayor speak?', 'The mayor spoke to farmers in northern Dalby.')).toEqual([['place', true]]);
    expect(fires('Where did the mayor speak?', 'Mayor Tom Reed spoke at length.')).toEqual([['place', false]]);
    // A person after a place preposition is not a place: a title before the name, or a reporting verb after it.
    expect(fires('Where did the mayor speak?', 'The mayor spoke after a call from President Ana Ruiz.')).toEqual([['place', false]]);
    expect(fires('Where did the mayor speak?', 'The mayor spoke, according to Ruiz Ortega said nothing.')).toEqual([['place', false]]);
    expect(fires('Where did the mayor speak?', 'The mayor spoke after a call from Ana Ruiz.')).toEqual([['place', true]]);
  });

  it('relationship questions ask how two parties stand', () => {
    expect(cuesOf('What is the Ruritania-Freedonia relationship like now?').map((c) => c.kind)).toEqual(['relation']);
    expect(fires('What are relations like?', 'Talks between the two countries broke down.')).toEqual([['relation', true]]);
    expect(fires('What are relations like?', 'The two ministers met for lunch.')).toEqual([['relation', false]]);
  });

  it('ranking: "which report" prefers the passage naming the report', () => {
    const articles = [
      { id: 'a', paragraphs: ['The mayor responded to questions about the harbour report on Friday.', 'Responding to a Valley Gazette report, the mayor defended the harbour plan.'] },
    ];
    const question = 'Which report did the mayor respond to about the harbour?';
    expect(rankOf(engineOver(articles), question, 'a#2')).toBe(1);
    expect(rankOf(engineOver(articles, { cues: false }), question, 'a#2')).toBeGreaterThan(1);
  });
});

describe('focus of reporting questions', () => {
  it('"What did X say Y?": the sentence saying Y beats the one naming X', () => {
    const articles = [
      {
        id: 'a',
        paragraphs: [
          'Harbour director Ana Silva said in a statement that traffic had a record year.',
          '"The port must hire more pilots before winter," she said.',
        ],
      },
    ];
    const question = 'What did Ana Silva say the port must do?';
    expect(engineOver(articles).ask(question).answer?.text).toContain('must hire');
    const scoreOf = (features: Partial<AskFeatures>) => engineOver(articles, features).ask(question, { limit: 5 }).passages.find((p) => p.id === 'a#2')!.score;
    expect(scoreOf({})).toBeGreaterThan(scoreOf({ focus: false }));
  });
});
