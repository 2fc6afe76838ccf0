import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus, SourceMeta } from '../../src/corpus/types.js';
import { bodyOf, FIXTURE_DIR, sentencesOf } from './helpers.js';

// Articles written for these tests with other outlets' page furniture. For each: the metadata the
// text shows, every body paragraph (hand-written), and the furniture that must not survive.
interface Expected {
  meta: Omit<SourceMeta, 'url'>;
  body: string[];
  furniture: string[];
}

const EXPECTED: Record<string, Expected> = {
  'wire-reuters-style': {
    meta: {
      title: "Chile's central bank cuts rates as inflation cools",
      date: '2024-03-14',
      byline: 'Natalia Ramos and Fabian Cambero',
      dateline: 'SANTIAGO, March 14 (Reuters)',
      outlet: 'Reuters',
    },
    body: [
      "Chile's central bank cut its benchmark interest rate by 75 basis points to 6.5% on Thursday, the third reduction this year, as inflation cooled faster than analysts had expected.",
      'The board said in a statement that the decision was unanimous. It added that further cuts were likely "in the coming months" if prices kept easing.',
      'Annual inflation slowed to 3.6% in February, according to the National Statistics Institute. Economists polled by Reuters had forecast 4.1%.',
      '"We are seeing a clear and sustained moderation," Finance Minister Mario Marcel told reporters in Santiago. "That gives the bank room to act."',
      "The copper-rich country's economy shrank in 2023 for the first time since the pandemic. Dr. Andrea Tokman, chief economist at the central bank, said growth would resume in the second quarter.",
    ],
    furniture: [
      'Skip to main content',
      'Advertisement',
      'World',
      'Advertisement · Scroll to continue',
      "Related: Peru's economy grows 2.1% in January, beating forecasts",
      'Sign up here.',
      'Reporting by Natalia Ramos and Fabian Cambero; Editing by Sandra Maler',
      'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
      'Read Next',
      "Brazil's Lula names new Petrobras chief",
    ],
  },
  'broadcaster-single-newlines': {
    meta: { title: 'Lagos floods: Thousands flee as rivers burst their banks', date: '2025-05-04', byline: null, dateline: null, outlet: null },
    body: [
      'Thousands of people have fled their homes in Lagos after two days of torrential rain caused rivers to burst their banks, officials say.',
      'The Lagos State Emergency Management Agency (Lasema) said at least 10,000 people had been moved to temporary shelters.',
      '"We lost everything. The water came in the night," said Adebayo Ogun, a 54-year-old trader.',
      'The city of more than 15 million people sits on a lagoon, and much of it lies barely above sea level.',
      'Experts say blocked drains and building on wetlands have made the problem worse. Prof. Funmi Adeyemi of the University of Lagos said the city had "built over its own sponge."',
    ],
    furniture: [
      'Home',
      'Share',
      'Save',
      'BBC News, Lagos',
      'Image source, Getty Images',
      'Image caption, Residents waded through flooded streets in the Ikorodu area on Saturday',
      'Decades of warnings',
      'Follow us on Twitter @BBCAfrica, on Facebook at BBC Africa or on Instagram at bbcafrica',
      'Related topics',
      'More on this story',
      "Nigeria's floods: What went wrong?",
      '12 October 2022',
    ],
  },
  'newspaper-guardian-style': {
    meta: { title: "Heatwave pushes Spain's power demand to record high", date: '2024-07-16', byline: null, dateline: null, outlet: null },
    body: [
      "Spain's electricity demand hit a record on Tuesday as a heatwave pushed temperatures above 44C (111F) in parts of Andalucía, the grid operator said.",
      'Red Eléctrica said consumption peaked at 41.2 gigawatts shortly after 2pm, beating the previous high set in July 2022.',
      'The state weather agency, Aemet, issued red alerts for Córdoba, Jaén and Seville. It warned that temperatures at night would stay above 25C.',
      '"This is no longer exceptional. It is the new summer," said Dr. María José Sanz, a climate scientist at the Basque Centre for Climate Change.',
    ],
    furniture: [
      'Grid operator says consumption peaked at 41 gigawatts as temperatures hit 44C in Seville',
      'Tue 16 Jul 2024 14.05 BST',
      'People cool off in a fountain in Seville on Monday. Photograph: Jorge Guerrero/AFP/Getty Images',
      'Sign up to This is Europe, our free weekly newsletter',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
      'after newsletter promotion',
      'Explore more on these topics',
      'Reuse this content',
      'Most viewed',
    ],
  },
  'local-paper-wrapped-crlf': {
    meta: {
      title: 'Council approves $2.3 million plan to repair downtown bridge',
      date: '2023-09-09',
      byline: 'Karen L. Whitfield',
      dateline: 'MILLBROOK',
      outlet: null,
    },
    body: [
      'The City Council voted 5-2 on Tuesday night to spend $2.3 million repairing the Elm Street bridge, which has been closed to trucks since a state inspection found corroded steel beams in April.',
      'Mayor J. R. Hollis called the vote "long overdue." The bridge carries about 12,000 vehicles a day, according to the county\'s traffic office.',
      'Council member Denise Ortiz, who voted against the plan, said the city should have sought federal money first. "Why rush?" she asked. "We could get half of this paid for by Washington."',
      'Work is expected to begin in the spring and take about 14 months. A temporary detour will send traffic along Route 9.',
    ],
    furniture: [
      'THE MILLBROOK COURIER',
      'Local News | Sports | Obituaries | Opinion',
      'Staff Writer',
      'Posted Sep 9, 2023 at 5:12 PM',
      'Advertisement',
      'Have a news tip? Email us at news@millbrookcourier.com.',
      '© 2023 The Millbrook Courier. All rights reserved.',
      '-- End --',
    ],
  },
  'wire-ap-single-newlines': {
    meta: {
      title: 'Ukraine says drones hit Russian oil depot near border',
      date: '2024-06-02',
      byline: 'The Associated Press',
      dateline: 'KYIV, Ukraine (AP)',
      outlet: 'The Associated Press',
    },
    body: [
      "Ukrainian drones struck an oil depot in Russia's Belgorod region overnight, setting a fuel tank on fire, the regional governor said Sunday.",
      'Gov. Vyacheslav Gladkov said no one was hurt. Firefighters had put out the blaze by 7 a.m., he wrote on Telegram.',
      "Russia's Defense Ministry said air defenses shot down 25 drones over several regions. It did not mention the depot.",
      "The U.S. and other allies have urged Kyiv to avoid striking Russian energy sites. Ukraine says the depots fuel Moscow's war machine.",
    ],
    furniture: [
      'Share this article',
      'Firefighters work at the site of a fire at an oil depot in Belgorod, Russia, on Sunday, June 2, 2024. (AP Photo)',
      'Most Read',
      'Heat wave grips northern India as temperatures top 50 C',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    ],
  },
};

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE_DIR);
});

describe('articles with other outlets’ furniture', () => {
  it('loads every fixture article without warnings', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.sources.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: keeps every body paragraph, whole and in order', (id) => {
    expect(bodyOf(corpus, id)).toEqual(EXPECTED[id]!.body);
  });

  it.each(Object.keys(EXPECTED))('%s: drops the furniture', (id) => {
    const body = bodyOf(corpus, id).join('\n');
    for (const line of EXPECTED[id]!.furniture) expect(body).not.toContain(line);
  });

  it.each(Object.keys(EXPECTED))('%s: takes headline, date, byline and dateline from the text', (id) => {
    const { title, date, byline, dateline, outlet, url } = corpus.sources.find((s) => s.id === id)!;
    expect({ title, date, byline, dateline, outlet }).toEqual(EXPECTED[id]!.meta);
    expect(url).toBeNull();
  });

  it('keeps a quoted question with its attribution as one sentence', () => {
    expect(sentencesOf(corpus, 'local-paper-wrapped-crlf#3')).toEqual([
      'Council member Denise Ortiz, who voted against the plan, said the city should have sought federal money first.',
      '"Why rush?" she asked.',
      '"We could get half of this paid for by Washington."',
    ]);
  });
});
