import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_FORMS_FILE, irregularForms, irregularFormsModule } from '../../scripts/irregular-forms.js';
import { Analyzer } from '../../src/index/analyzer.js';

describe('irregular forms table', () => {
  it('is what compromise gives now (regenerate with `npx tsx scripts/irregular-forms.ts` after upgrading it)', () => {
    expect(readFileSync(IRREGULAR_FORMS_FILE, 'utf8')).toBe(irregularFormsModule(irregularForms()));
  });

  it('joins irregular inflections to their base form, which a suffix stemmer cannot', () => {
    const analyzer = new Analyzer();
    expect(analyzer.termOf('wrote')).toBe(analyzer.termOf('write'));
    expect(analyzer.termOf('men')).toBe(analyzer.termOf('man'));
    expect(analyzer.termOf('wrote')).not.toBe(analyzer.termOf('wrought'));
  });
});
