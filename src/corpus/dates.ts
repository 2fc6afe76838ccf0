const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

interface DatePattern {
  regex: RegExp;
  parts(m: RegExpExecArray): [year: string, month: string, day: string];
}

// Dates as news pages print them: 2025-05-04, May 04, 2025, Sat May 3 2025, 4 May 2025, 2025/05/04.
const PATTERNS: DatePattern[] = [
  { regex: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { regex: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { regex: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  index: number;
  length: number;
}

/** A valid calendar date as YYYY-MM-DD, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a valid YYYY-MM-DD string. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The first valid date written in `text`, where it stands. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { regex, parts } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (best !== null && m.index >= best.index) break;
      const [year, month, day] = parts(m);
      const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS[month.slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
      const date = monthNumber === undefined ? null : isoDate(Number(year), monthNumber, Number(day));
      if (date !== null) {
        best = { date, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}
