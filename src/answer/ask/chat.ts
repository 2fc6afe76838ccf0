/**
 * Chat English: how people type in Discord, mapped to the words they mean. A general table of
 * English chat usage (abbreviations, clipped and fused forms, contractions typed without their
 * apostrophe), nothing from any one story. Words mapped to nothing are chat filler: they carry no
 * weight and never count as a word the corpus lacks.
 */
const CHAT: Readonly<Record<string, string>> = {
  // Pronouns and function words
  u: 'you', ur: 'your', ya: 'you', yall: 'you all', r: 'are', n: 'and', y: 'why', b4: 'before', bc: 'because', bcuz: 'because',
  cuz: 'because', coz: 'because', cos: 'because', bout: 'about', abt: 'about', w: 'with', 'w/': 'with', 'w/o': 'without',
  wit: 'with', tho: 'though', thru: 'through', til: 'until', 'b/c': 'because',
  // Question words
  wat: 'what', wut: 'what', wot: 'what', whats: 'what is', wats: 'what is', whos: 'who is', wheres: 'where is', whens: 'when is',
  hows: 'how is', whys: 'why is', whatd: 'what did', howd: 'how did', whyd: 'why did', whod: 'who did', whered: 'where did',
  // Contractions typed without the apostrophe
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not',
  cant: 'can not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not', wont: 'will not', havent: 'have not',
  hasnt: 'has not', hadnt: 'had not', aint: 'is not', im: 'i am', ive: 'i have', youre: 'you are', theyre: 'they are',
  theyve: 'they have', thats: 'that is', theres: 'there is', itll: 'it will', wouldve: 'would have',
  couldve: 'could have', shouldve: 'should have',
  // Fused forms
  wanna: 'want to', gonna: 'going to', gotta: 'got to', hafta: 'have to', kinda: 'kind of', sorta: 'sort of', lotta: 'lot of',
  outta: 'out of', dunno: 'do not know', gimme: 'give me', lemme: 'let me', tryna: 'trying to',
  // Abbreviations of ordinary words
  ppl: 'people', peeps: 'people', govt: 'government', gov: 'government', govts: 'governments', gvt: 'government',
  pres: 'president', prez: 'president', admin: 'administration', dept: 'department', intl: 'international',
  natl: 'national', info: 'information', intel: 'intelligence', approx: 'approximately', esp: 'especially', convo: 'conversation',
  msg: 'message', msgs: 'messages', pic: 'picture', pics: 'pictures', prob: 'probably', probs: 'probably',
  obv: 'obviously', obvs: 'obviously', rly: 'really', srsly: 'seriously', smth: 'something', sth: 'something',
  smthn: 'something', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', hr: 'hour', hrs: 'hours', mins: 'minutes',
  tmrw: 'tomorrow', tmr: 'tomorrow', rn: 'right now', atm: 'at the moment', asap: 'as soon as possible',
  irl: 'in real life', aka: 'also known as', vs: 'versus', thx: 'thanks', pls: 'please', plz: 'please',
  // Filler: reactions, hedges and discourse adverbs that ask nothing
  lol: '', lmao: '', lmfao: '', rofl: '', tbh: '', tbf: '', ngl: '', imo: '', imho: '', idk: '', idc: '', iirc: '', afaik: '',
  btw: '', fr: '', frfr: '', fyi: '', omg: '', wtf: '', wth: '', smh: '', bruh: '', bro: '', dude: '',
  hmm: '', hmmm: '', uh: '', um: '', umm: '', eh: '', yo: '', hey: '', lowkey: '', highkey: '', literally: '', basically: '',
  actually: '', anyway: '', anyways: '', exactly: '', really: '', seriously: '', honestly: '', thanks: '', please: '', etc: '',
};

export interface ChatReading {
  /** The question in plain words, as long as the input (chat forms replaced, filler blanked). */
  text: string;
  /** The filler words removed. */
  filler: string[];
}

const CHAT_FORM = /(?<![\p{L}\p{N}'’])(?:w\/o|w\/|b\/c|[\p{L}\p{N}]+(?:['’][\p{L}]+)?)(?![\p{L}\p{N}])/gu;

/** Replaces chat forms by the words they stand for; filler goes. */
export function readChat(text: string): ChatReading {
  const filler: string[] = [];
  const plain = text.replace(CHAT_FORM, (form) => {
    const meant = CHAT[form.toLowerCase()] ?? CHAT[form.toLowerCase().replace(/['’]/g, '')];
    if (meant === undefined) return form;
    // In capitals ("ICE", "WHO") a short word may be an acronym: only filler ("LOL") is read as chat.
    if (meant !== '' && form.length > 1 && form === form.toUpperCase() && /\p{Lu}/u.test(form)) return form;
    if (meant === '') filler.push(form);
    return meant;
  });
  return { text: plain.replace(/\s+/g, ' ').trim(), filler };
}
