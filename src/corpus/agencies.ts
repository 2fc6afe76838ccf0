// News agencies as they appear in bylines, credits and datelines ("(AP)", "By Reuters"), with the
// name an outlet field should carry. General knowledge of the wire services, not of any article.
const AGENCIES: Record<string, string> = {
  ap: 'The Associated Press',
  'associated press': 'The Associated Press',
  'the associated press': 'The Associated Press',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  afp: 'Agence France-Presse',
  'agence france-presse': 'Agence France-Presse',
  'agence france presse': 'Agence France-Presse',
  upi: 'United Press International',
  'united press international': 'United Press International',
  bloomberg: 'Bloomberg',
  'bloomberg news': 'Bloomberg',
  dpa: 'dpa',
  efe: 'EFE',
  ansa: 'ANSA',
  xinhua: 'Xinhua',
  kyodo: 'Kyodo News',
  'kyodo news': 'Kyodo News',
  yonhap: 'Yonhap',
  tass: 'TASS',
  pti: 'Press Trust of India',
  'press trust of india': 'Press Trust of India',
  ani: 'ANI',
  ians: 'IANS',
  aap: 'Australian Associated Press',
  'australian associated press': 'Australian Associated Press',
  cp: 'The Canadian Press',
  'the canadian press': 'The Canadian Press',
  'canadian press': 'The Canadian Press',
  pa: 'PA Media',
  'pa media': 'PA Media',
  'press association': 'PA Media',
  anadolu: 'Anadolu Agency',
  'anadolu agency': 'Anadolu Agency',
  cnn: 'CNN',
  'ap news': 'The Associated Press',
};

/** The agency's name when `text` is exactly an agency ("AP", "Reuters", "The Associated Press"); else null. */
export function agencyName(text: string): string | null {
  const key = text.toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim();
  return AGENCIES[key] ?? null;
}
