import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { readSquad, SQUAD_ARTICLES } from './squad.js';
import type { CorpusName } from './sets.js';

/** Only the named articles of a corpus. */
function subset(corpus: Corpus, keep: ReadonlySet<string>): Corpus {
  return { ...corpus, sources: corpus.sources.filter((s) => keep.has(s.id)), passages: corpus.passages.filter((p) => keep.has(p.sourceId)) };
}

/** Loads each corpus the sets name once, through the product's own loader. */
export async function loadCorpora(seedsDir: string, names: ReadonlySet<CorpusName>): Promise<Map<CorpusName, Corpus>> {
  const corpora = new Map<CorpusName, Corpus>();
  if (names.has('seeds')) corpora.set('seeds', await loadCorpus(seedsDir));
  if ([...names].some((name) => name.startsWith('squad'))) {
    const squad = readSquad();
    const all = await loadCorpus(SQUAD_ARTICLES);
    corpora.set('squad', all);
    corpora.set('squad-training', subset(all, squad.training));
    corpora.set('squad-validation', subset(all, squad.validation));
  }
  return corpora;
}
