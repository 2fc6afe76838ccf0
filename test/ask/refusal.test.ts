import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { answerability, SIGNALS, unknownKind, type Signals } from '../../src/answer/ask/refusal.js';
import model from '../../src/answer/ask/refusal-model.json' with { type: 'json' };
import { zipf } from '../../src/index/english.js';
import { FILLER, makeCorpus } from './fixture.js';

const engine = createEngine(
  makeCorpus([
    { id: 'a', paragraphs: ['The harbour council refused the ferry operator because the fees were too high.', 'France said it would not pay for the new harbour wall.'] },
    { id: 'filler', paragraphs: FILLER },
  ]),
);
const answered = (question: string): boolean => engine.ask(question).answered;

describe('refusal: a calibrated decision, not a one-word veto', () => {
  it('the model is the fitted one: every signal has a weight, and the threshold leaves room on both sides', () => {
    expect(Object.keys(model.weights).sort()).toEqual([...SIGNALS].sort());
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('more evidence never lowers the confidence that the corpus answers', () => {
    const base = Object.fromEntries(SIGNALS.map((name) => [name, 0.5])) as Signals;
    expect(answerability({ ...base, coverage: 0.9, rareCovered: 0.9, coveredKnown: 0.45, coverageSquared: 0.81 })).toBeGreaterThan(answerability({ ...base, coverage: 0.2, rareCovered: 0.2, coveredKnown: 0.1, coverageSquared: 0.04 }));
    expect(answerability({ ...base, unknownName: 0.6, anyName: 1 })).toBeLessThan(answerability({ ...base, unknownName: 0, anyName: 0 }));
  });

  it('questions about what the corpus never mentions are refused', () => {
    expect(answered('What is the price of bitcoin today?')).toBe(false);
    expect(answered('Who is the coach of the Dallas Cowboys?')).toBe(false);
    expect(answered('What did Emmanuel Macron tweet about Beyoncé?')).toBe(false);
  });

  it('one word the corpus lacks does not veto a question it answers', () => {
    // An adverb, a capitalised city standing for a government, an everyday word: each once vetoed the question.
    expect(answered('Why exactly did the harbour council refuse the ferry operator?')).toBe(true);
    expect(answered('Why did Paris say it would not pay for the harbour wall?')).toBe(true);
    expect(answered('What was the situation with the harbour council and the ferry operator fees?')).toBe(true);
  });

  it('unknown words are judged against general English, not the corpus', () => {
    const word = (w: string, extra: Partial<{ name: boolean; acronym: boolean }> = {}) => ({ word: w, term: w, name: false, everyday: false, verb: false, acronym: false, ...extra });
    expect(zipf('the')).toBeGreaterThan(7);
    expect(zipf('troops')).toBeGreaterThan(3);
    expect(zipf('qwzxv')).toBe(0);
    expect(unknownKind(word('exactly'))).toBe('everyday');
    expect(unknownKind(word('hegemony'))).toBe('rare');
    expect(unknownKind(word('qwzxv'))).toBe('unlisted');
    expect(unknownKind(word('Macron', { name: true }))).toBe('name');
    expect(unknownKind(word('FTO', { acronym: true }))).toBe('acronym');
  });
});
