import nlp from 'compromise';
import { stemmer } from 'stemmer';

/**
 * Irregular inflections that a suffix stemmer cannot join to their base form ("wrote" → "write",
 * "men" → "man"), taken from compromise's English lexicon and conjugation models.
 */
function irregularForms(): Map<string, string> {
  const world = nlp.world() as unknown as {
    model: {
      one: { lexicon: Record<string, string | string[]> };
      two: { irregularPlurals: Record<string, string>; models: Record<string, { ex: Record<string, string> }> };
    };
    methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string): string } } } };
  };
  const { model } = world;
  const forms = new Map<string, string>();
  const add = (form: string, base: string): void => {
    if (form && base && form !== base && !form.includes(' ') && stemmer(form) !== stemmer(base)) forms.set(form, base);
  };
  for (const [form, base] of Object.entries(model.two.models.fromPast?.ex ?? {})) add(form, base);
  for (const [form, base] of Object.entries(model.two.models.fromParticiple?.ex ?? {})) add(form, base);
  for (const [base, form] of Object.entries(model.two.irregularPlurals)) add(form, base);
  const toInfinitive = world.methods.two.transform.verb.toInfinitive;
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const tagList = Array.isArray(tags) ? tags : [tags];
    const tense = tagList.find((tag) => tag === 'PastTense' || tag === 'Participle');
    if (tense && !forms.has(word) && !word.includes(' ')) add(word, toInfinitive(word, model, tense));
  }
  return forms;
}

let cached: Map<string, string> | undefined;

/** The base form of an irregular inflection, or the word itself. */
export function lemma(word: string): string {
  cached ??= irregularForms();
  return cached.get(word) ?? word;
}
