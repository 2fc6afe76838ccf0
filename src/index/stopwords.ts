/**
 * English function words: they carry no topic, so a question's other words decide what matches.
 * (Question words are here too; the question's type is read before they are dropped.)
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
  between both but by can cannot could did do does doing don't down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is isn't it its itself just let's me
  more most my myself no nor not of off on once only or other ought our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those through to
  too under until up us very was we were what when where which while who whom whose why will with would you your
  yours yourself yourselves also many much like now`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that open a question: preferred when a misspelt first word could be one of them. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'when', 'where', 'who', 'whom', 'whose', 'which', 'why', 'how']);
