import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import type { AskFeatures } from '../../src/answer/ask/features.js';
import { answerability } from '../../src/answer/ask/refusal.js';
import type { AskTrace } from '../../src/answer/types.js';
import { FILLER, makeCorpus } from './fixture.js';

type Article = { id: string; outlet?: string; paragraphs: string[] };
const engineOver = (articles: Article[], features: Partial<AskFeatures> = {}) =>
  createEngine(makeCorpus([...articles, { id: 'filler', paragraphs: FILLER }]), { features });
const firstId = (engine: ReturnType<typeof engineOver>, question: string) => engine.ask(question).passages[0]?.id;

describe('/ask ranking stages', () => {
  it('stemming: a question word matches its other inflections', () => {
    const articles = [{ id: 'a', paragraphs: ['The council rejects the harbour plan.', 'The council met in the town hall.'] }];
    expect(firstId(engineOver(articles), 'Why was the harbour plan rejected?')).toBe('a#1');
  });

  it('stop words never empty a question', () => {
    const articles = [{ id: 'a', paragraphs: ['Who is she? She is the new harbour master.'] }];
    const result = engineOver(articles).ask('Who is she?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.id).toBe('a#1');
  });

  it('phrase and proximity: the question\'s words together beat the same words apart', () => {
    const articles = [
      { id: 'apart', paragraphs: ['Security at the port worried the council. The council asked for more security.'] },
      { id: 'together', paragraphs: ['The security council met twice last week to talk about the port, the harbour and several other matters.'] },
    ];
    expect(firstId(engineOver(articles), 'What did the security council do?')).toBe('together#1');
    expect(firstId(engineOver(articles, { phrase: false, sentences: false }), 'What did the security council do?')).toBe('apart#1');
  });

  it('expansion: a synonym finds the passage, but the user\'s own word ranks above it', () => {
    const synonym = { id: 'synonym', paragraphs: ['The mayor declined the offer of new buses.'] };
    const own = { id: 'own', paragraphs: ['The mayor refused the offer of new trams.'] };
    const question = 'Why did the mayor refuse the offer?';
    expect(firstId(engineOver([synonym, own]), question)).toBe('own#1');
    const park = { id: 'park', paragraphs: ['The mayor opened a park.'] };
    expect(firstId(engineOver([park, synonym]), 'Did the mayor refuse?')).toBe('synonym#1');
    expect(firstId(engineOver([park, synonym], { expansion: false }), 'Did the mayor refuse?')).toBe('park#1');
  });

  it('sentence rescoring: the answer is the sentence holding the question\'s most specific words', () => {
    const articles = [{ id: 'a', paragraphs: ['The mayor spoke on Monday. She said the lighthouse would be repaired in spring. The mayor thanked volunteers.'] }];
    const result = engineOver(articles).ask('What did the mayor say about the lighthouse?');
    expect(result.answer?.text).toBe('She said the lighthouse would be repaired in spring.');
  });

  it('question-type cues: "when" prefers the passage with a date', () => {
    const articles = [
      { id: 'nodate', paragraphs: ['The harbour vote was close and divided the town council.'] },
      { id: 'date', paragraphs: ['The harbour vote took place on March 3 in the town council.'] },
    ];
    expect(firstId(engineOver(articles), 'When was the harbour vote?')).toBe('date#1');
    expect(firstId(engineOver(articles, { cues: false }), 'When was the harbour vote?')).toBe('nodate#1');
  });

  it('typos: misspelt and run-together words are corrected against the corpus', () => {
    const articles = [{ id: 'a', paragraphs: ['A White House spokesperson said the talks were productive.'] }, { id: 'b', paragraphs: ['The house on the hill was sold.'] }];
    expect(firstId(engineOver(articles), 'wat did the whitehouse spokesperson say')).toBe('a#1');
  });

  it('typos: a clipped word finds the word it stands for', () => {
    const articles = [
      { id: 'sharing', paragraphs: ['The two governments agreed on coordination of the ferries along the river.'] },
      { id: 'river', paragraphs: ['The river flooded the two towns again.'] },
    ];
    const result = engineOver(articles).ask('coord along the river');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.id).toBe('sharing#1');
    const unknown = (features: Partial<AskFeatures>) => {
      const trace: AskTrace = { unanswered: null };
      engineOver(articles, features).ask('coord along the river', {}, trace);
      return trace.signals!.unlisted + trace.signals!.unknownRare;
    };
    expect(unknown({})).toBe(0);
    expect(unknown({ typos: false })).toBeGreaterThan(0);
  });

  it('near-duplicates across outlets become one result listing every outlet', () => {
    const text = 'The minister said the new bridge would open to traffic in the autumn after safety checks.';
    const articles = [
      { id: 'wire', outlet: 'Wire', paragraphs: [text] },
      { id: 'paper', outlet: 'Paper', paragraphs: [text.replace('the autumn', 'autumn')] },
      { id: 'other', outlet: 'Other', paragraphs: ['The bridge was painted blue by the minister last year.'] },
    ];
    const result = engineOver(articles).ask('When will the new bridge open?');
    expect(result.passages[0]?.alsoIn).toHaveLength(1);
    expect([result.passages[0]?.sourceId, ...result.passages[0]!.alsoIn].sort()).toEqual(['paper', 'wire']);
    expect(result.passages.map((p) => p.sourceId)).toContain('other');
    expect(engineOver(articles, { merge: false }).ask('When will the new bridge open?').passages[0]?.alsoIn).toEqual([]);
  });

  it('rejection: a question about someone the corpus never mentions is not answered', () => {
    const articles = [{ id: 'a', paragraphs: ['The mayor said the harbour would reopen in May.'] }];
    const engine = engineOver(articles);
    const unknown = engine.ask('What did Emmanuel Macron say about the harbour?');
    expect(unknown).toMatchObject({ answered: false, answer: null, passages: [] });
    expect(engine.ask('What is the price of bitcoin?').answered).toBe(false);
    expect(engine.ask('Who is the coach of the Dallas Cowboys?').answered).toBe(false);
    expect(engine.ask('What did the mayor say about the harbour?').answered).toBe(true);
  });

  it('rejection: a name typed in lower case counts as a name, and lowers the confidence that the corpus answers', () => {
    const articles = [{ id: 'a', paragraphs: ['The mayor said the harbour tariffs would be cut in May.'] }];
    const engine = engineOver(articles);
    const confidence = (question: string): number => {
      const trace: AskTrace = { unanswered: null };
      engine.ask(question, {}, trace);
      return answerability(trace.signals!);
    };
    expect(confidence('what did obama say about the harbour')).toBeLessThan(confidence('what did the mayor say about the harbour'));
    expect(confidence('harbour tariffs on canada')).toBeLessThan(confidence('harbour tariffs on the mayor'));
    expect(engine.ask('harbour tariffs on the mayor').answered).toBe(true);
  });

  it('everyday words the corpus lacks do not cause a false rejection', () => {
    const articles = [{ id: 'a', paragraphs: ['The cartel leaders were extradited to face trial.'] }];
    expect(engineOver(articles).ask('What has happened to the cartel leaders?').answered).toBe(true);
  });
});

describe('sources(about)', () => {
  it('lists the articles mentioning a phrase, with mention counts', () => {
    const engine = engineOver([
      { id: 'a', paragraphs: ['The White House said so.', 'Later the White House denied it.'] },
      { id: 'b', paragraphs: ['A white dog slept in the house.'] },
    ]);
    const { sources } = engine.sources('White House');
    expect(sources.map((s) => [s.id, s.mentions])).toEqual([['a', 2]]);
    expect(engine.sources().sources).toHaveLength(3);
  });
});
