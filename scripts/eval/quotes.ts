// PLACEHOLDER (replaced by the quotations issue): quote extraction figures for `npm run eval`.
export interface EvalSection {
  title: string;
  lines: string[];
  /** Every target of the section met. */
  pass: boolean;
}

export async function evaluateQuotes(): Promise<EvalSection> {
  return { title: 'Quotations', lines: ['(not yet implemented)'], pass: false };
}
