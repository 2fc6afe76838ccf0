import { sentenceRanges } from '../corpus/sentence-ranges.js';
import type { Corpus, Source } from '../corpus/types.js';
import type { PassageIndex } from '../index/passage-index.js';
import { STOP_WORDS } from '../index/stopwords.js';
import type { Attributions } from './ask/attribution.js';
import { groupDuplicates } from './ask/duplicates.js';
import { ALL_FEATURES, type AskFeatures } from './ask/features.js';
import { highlightRanges } from './ask/highlight.js';
import { refusalSignals, whyUnanswered } from './ask/refusal.js';
import { recoverCorpusCoverage, rescore, type Scored } from './ask/rescore.js';
import { retrieve, type Candidate } from './ask/retrieve.js';
import { StoryPopulation, type StoryMap } from './ask/story-population.js';
import { analyzeQuestion, type Question } from './ask/question.js';
import { readQuestion } from './ask/read.js';
import { WEIGHTS } from './ask/weights.js';
import { findAcronyms, mayHoldAcronym, passageTexts, spellOutAcronyms } from './ask/acronyms.js';
import { outletMentions, outletWords, preferSources, type OutletWords } from './ask/outlets.js';
import type { AskOptions, AskResult, AskTrace, PassageHit } from './types.js';

/** How many BM25 candidates are re-scored on their text. */
const CANDIDATES = 30;
/** The stories of this many of the best BM25 candidates are searched with their own statistics. */
const STORY_LEADS = 10;


/** /ask over one corpus and its index: the sentence that answers, its passage, more passages, cited. */
export class Asker {
  private readonly sources: Map<string, Source>;
  /** The corpus's acronyms, found on the first question. */
  private acronyms: Map<string, string> | undefined;
  /** The words naming each source's outlet, found on the first question. */
  private outlets: OutletWords | undefined;

  constructor(
    private readonly corpus: Corpus,
    private readonly index: PassageIndex,
    private readonly features: AskFeatures = ALL_FEATURES,
    /** Who each passage quotes (from the quote book): asked for on the first question that uses it. */
    private readonly attributions: () => Attributions = () => new Map(),
    private readonly stories: () => StoryMap | null = () => null,
  ) {
    this.sources = new Map(corpus.sources.map((source) => [source.id, source]));
  }

  ask(query: string, options: AskOptions = {}, trace?: AskTrace): AskResult {
    const limit = Math.max(0, options.limit ?? 3);
    const offset = Math.max(0, options.offset ?? 0);
    const { passages } = this.corpus;
    const { text, sources } = this.read(query);
    const question = analyzeQuestion(text, this.index, this.features);
    const candidates = retrieve(this.index, question.terms, CANDIDATES);
    const attributions = this.features.attribution && candidates.length > 0 ? this.attributions() : undefined;
    const ranked = preferSources(this.rank(question, candidates, attributions), sources, (position) => passages[position]!.sourceId, WEIGHTS.outlet);
    const signals = ranked.length > 0 && (this.features.reject || trace) ? refusalSignals(question, ranked, this.index) : null;
    const unanswered = this.features.reject ? whyUnanswered(signals) : ranked[0] ? null : 'no passage matches';
    if (trace) {
      trace.unanswered = unanswered;
      trace.signals = signals;
    }
    if (unanswered) return { query, answered: false, answer: null, passages: [], total: 0 };

    const groups = this.features.merge ? groupDuplicates(ranked) : ranked.map((item) => [item]);
    const wanted = new Set(question.terms.filter(({ term }) => !STOP_WORDS.has(term)).map(({ term }) => term));
    const hits = groups.slice(offset, offset + limit).map((group) => this.hit(group, wanted));
    const lead = ranked[0]!;
    const passage = passages[lead.position]!;
    const sentence = lead.best ?? sentenceRanges(passage)[0]!;
    return {
      query,
      answered: true,
      answer: { text: passage.text.slice(sentence.start, sentence.end), passageId: passage.id },
      passages: hits,
      total: groups.length,
    };
  }

  /**
   * Candidates re-scored on their text. A story among the best candidates is searched again with its
   * own statistics and its passages ordered as if it were the whole corpus; the story's place among
   * the other passages stays the one its best passage earned against the whole corpus.
   */
  private rank(question: Question, candidates: Candidate[], attributions: Attributions | undefined): Scored[] {
    const { passages } = this.corpus;
    const ranked = rescore(candidates, passages, question, this.index, this.features, attributions);
    const map = ranked.length > 0 ? this.stories() : null;
    if (!map) return ranked;
    const storyOf = (item: Candidate): number => map.storyOf[item.position + 1]!;
    // Each story's best score against the whole corpus.
    const placed = new Map<number, number>();
    for (const item of ranked.slice(0, STORY_LEADS)) {
      const story = storyOf(item);
      if (story >= 0 && !placed.has(story)) placed.set(story, item.score);
    }
    if (placed.size === 0) return ranked;
    const inStories: Scored[] = [];
    for (const [story, score] of placed) {
      const population = new StoryPopulation(this.index, map, story);
      const asked = analyzeQuestion(question.text, this.index, this.features, population);
      const within = population.retrieve(asked.terms, CANDIDATES);
      const local = rescore(within, passages, asked, this.index, this.features, attributions, { population, top: within[0]?.bm25 || 1 });
      const scale = score / (local[0]?.score || 1);
      for (const item of local) {
        item.score *= scale;
        inStories.push(item);
      }
    }
    recoverCorpusCoverage(inStories, passages, question, this.index);
    return [...ranked.filter((item) => !placed.has(storyOf(item))), ...inStories].sort((a, b) => b.score - a.score || a.position - b.position);
  }

  /**
   * The question as words: markup and chat forms read, the outlets it names taken out (they are
   * where to look, not what to look for), acronyms the corpus spells out written out.
   */
  private read(query: string): { text: string; sources: Set<string> } {
    let text = readQuestion(query);
    let sources = new Set<string>();
    if (this.features.outlets) {
      this.outlets ??= outletWords(this.corpus.sources, this.index);
      ({ text, sources } = outletMentions(text, this.outlets, this.index));
    }
    const known = (word: string): boolean => this.index.vocabulary.has(word);
    // The corpus's acronyms are found (one pass over its text) on the first question that may hold one.
    if (this.features.acronyms && mayHoldAcronym(text, known)) {
      this.acronyms ??= findAcronyms(passageTexts(this.corpus.passages));
      text = spellOutAcronyms(text, this.acronyms, known);
    }
    return { text, sources };
  }

  private hit(group: readonly Scored[], wanted: ReadonlySet<string>): PassageHit {
    const lead = group[0]!;
    const passage = this.corpus.passages[lead.position]!;
    const source = this.sources.get(passage.sourceId);
    const alsoIn = [...new Set(group.slice(1).map((member) => this.corpus.passages[member.position]!.sourceId))].filter((id) => id !== passage.sourceId);
    return {
      id: passage.id,
      sourceId: passage.sourceId,
      outlet: source?.outlet ?? null,
      title: source?.title ?? null,
      date: source?.date ?? null,
      url: source?.url ?? null,
      paragraph: passage.paragraph,
      text: passage.text,
      score: Math.round(lead.score * 1000) / 1000,
      alsoIn,
      highlights: highlightRanges(lead.tokens, wanted, passage.text),
    };
  }
}
