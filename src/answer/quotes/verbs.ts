// Verbs that report speech or writing: a general English resource, not tied to any article.
const LEMMAS = [
  'say', 'tell', 'add', 'continue', 'declare', 'write', 'state', 'ask', 'answer', 'reply', 'respond', 'explain',
  'note', 'insist', 'argue', 'claim', 'confirm', 'deny', 'emphasise', 'emphasize', 'stress', 'warn', 'announce',
  'assert', 'acknowledge', 'admit', 'remark', 'comment', 'observe', 'recall', 'reiterate', 'repeat', 'suggest',
  'tweet', 'post', 'vow', 'promise', 'pledge', 'urge', 'exclaim', 'shout', 'whisper', 'quip', 'joke', 'conclude',
  'maintain', 'contend', 'mention', 'predict', 'concede', 'complain', 'boast', 'proclaim', 'testify', 'counter',
  'retort', 'demand', 'allege', 'affirm', 'report', 'read', 'wonder', 'recount', 'describe', 'caution', 'advise',
  'agree', 'disagree', 'object', 'protest', 'plead', 'beg', 'cry', 'yell', 'murmur', 'mutter', 'scoff', 'snap',
  'interject', 'elaborate', 'accuse', 'clarify', 'specify', 'stipulate', 'threaten', 'speak',
  'highlight', 'underline', 'underscore', 'reaffirm', 'reassure', 'signal', 'indicate', 'charge', 'lament',
];

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', wrote: 'write', written: 'write', spoke: 'speak',
  spoken: 'speak', read: 'read',
};

function inflections(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const forms = [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`];
  if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  // Short verbs ending consonant-vowel-consonant double it: quip → quipped, snap → snapping.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma)) forms.push(`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`);
  return forms;
}

const FORMS = new Map<string, string>(Object.entries(IRREGULAR));
for (const lemma of LEMMAS) for (const form of inflections(lemma)) if (!FORMS.has(form)) FORMS.set(form, lemma);

/** The lemma of a reporting verb form ("declared" → "declare"), or null. */
export function reportingLemma(word: string): string | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

/** Verbs that name or label rather than report ("named cartels “terrorist” groups"). */
const NAMING = new Set(['call', 'name', 'dub', 'label', 'term', 'brand', 'designate', 'nickname', 'title', 'christen']);
export function isNamingVerb(word: string): boolean {
  const w = word.toLowerCase();
  for (const lemma of NAMING) if (w === lemma || w.startsWith(lemma) && /^(s|ed|d|ing|led|bed|med)$/.test(w.slice(lemma.length))) return true;
  return w === 'so-called';
}
