/** Words that open a sentence capitalised ("But Lopez said"): never the start of a name or a title, whatever the tagger reads them as. */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'then', 'still', 'also', 'however', 'meanwhile']);
const LEADING_CONJUNCTION = new RegExp(`^(?:(?:${[...OPENING_CONJUNCTIONS].join('|')})\\s+)+(?=\\S)`, 'i');
/** A courtesy title alone says nothing of the person's job. */
const BARE_HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|madam|mme|m)\.?$/i;
export const isBareHonorific = (role: string): boolean => BARE_HONORIFIC.test(role.trim());
/** A dash set off by spaces: what stands before it in a role is a dateline ("Northport - Mayor"). */
const SPACED_DASH = /\s[-–—]\s|\s[–—]|[–—]\s/;

/** A speaker's name without a sentence's opening conjunction ("But Lopez" → "Lopez"). */
export function tidySpeaker(speaker: string | null): string | null {
  return speaker === null ? null : speaker.replace(LEADING_CONJUNCTION, '');
}

/** A role without a dateline before it, an opening conjunction, or nothing but a courtesy title. */
export function tidyRole(role: string | null): string | null {
  if (role === null) return null;
  const tidy = role.split(SPACED_DASH).at(-1)!.trim().replace(LEADING_CONJUNCTION, '');
  return tidy === '' || OPENING_CONJUNCTIONS.has(tidy.toLowerCase()) || isBareHonorific(tidy) ? null : tidy;
}
