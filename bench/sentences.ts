/** Sentence ends followed by what can start a sentence. */
const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])/g;
/** Words whose period does not end a sentence: titles, initials, common abbreviations. */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Capt|Lt|Gov|Sen|Rep|Hon|Messrs|No|Nos|Vol|Art|Sec|Mt|Ft|Co|Inc|Ltd|vs|etc|[A-Z]|[A-Z]\.[A-Z])\.$/;

/**
 * Sentences of plain prose as [start, end) offsets: a simple splitter for the benchmark's distractor
 * text (State of the Union speeches have no line breaks), not the corpus loader's.
 */
export function sentenceOffsets(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = text.length - text.trimStart().length;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    spans.push([start, end]);
    start = match.index + match[0].length;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push([start, last]);
  return spans;
}
