import { isAllCaps } from './text.js';

/** Kinds of page furniture a single line can be recognised as on its own. */
export type FurnitureKind =
  | 'promo'
  | 'prompt'
  | 'credit'
  | 'sourcing'
  | 'caption'
  | 'comments'
  | 'comments-start'
  | 'copyright'
  | 'end'
  | 'separator'
  | 'link'
  | 'navigation'
  | 'allcaps';

interface Rule {
  kind: FurnitureKind;
  pattern: RegExp;
  /** The rule only applies to lines of at most this many words: furniture is short, prose is not. */
  maxWords: number;
  /** Skip lines that read as a full sentence (more than five words ending in a period): prose that happens to start alike. */
  notSentences?: true;
}

const SENTENCE = /\.["”’)]*$/;

const SOCIAL = '(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|whatsapp|telegram|google news|flipboard|mastodon|snapchat)';

// General rules for lines that are not article text, written from how news pages are built
// (wire services, broadcasters, newspapers, aggregators), not from any one article.
const RULES: Rule[] = [
  // A comment section starts: nothing after it is the article.
  { kind: 'comments-start', pattern: /^(?:\d+\s+)?(?:comments?|responses?)(?:\s*\(\d+\))?[\s.:!]*$/i, maxWords: 3 },
  { kind: 'comments-start', pattern: /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:conversation|discussion|debate)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments|discussion|what do you think\??)[\s.:!]*$/i, maxWords: 6 },
  { kind: 'comments', pattern: /^(?:replying to\b|in reply to\b|cancel reply$|comments are (?:moderated|closed|open)\b|you must be (?:logged in|signed in)\b|be the first to comment\b|log in to comment\b|(?:please )?(?:read|see) our (?:comments? )?(?:policy|guidelines|faq)\b|for more information, please see our comments?\b|.*\bcomments? (?:faq|policy|guidelines)\b)/i, maxWords: 30 },
  { kind: 'comments', pattern: /^reply(?: to\b.*)?$/i, maxWords: 6 },
  // End markers: "-- End --", "(END)", "ENDS", "-30-", "###".
  { kind: 'end', pattern: /^[\s\-–—=*~_.()[\]]*(?:the end|end|ends|-30-)[\s\-–—=*~_.()[\]]*$|^#{3}$/i, maxWords: 4 },
  { kind: 'separator', pattern: /^(?:[*•·~=_\-–—]\s*){3,}$/, maxWords: 10 },
  // Copyright lines.
  { kind: 'copyright', pattern: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b/i, maxWords: 30 },
  // Teasers and link lists: "Also Read: …", "Related Articles", "Most Read", "More from …".
  {
    kind: 'promo',
    pattern:
      /^(?:also read|read also|read more|more reading|related(?: (?:articles?|stories|story|coverage|content|news|reading|topics|links|video))?|see also|more (?:from|on|stories|news|videos?)\b.{0,60}|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories)?|top (?:stories|news)|latest(?: news| stories| videos?)?|recommended(?: for you| stories| reading| videos?)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|what to read next|read next|up next|editor'?s? picks|don'?t miss|must read|explore more(?: on (?:these|this) topics?)?|in other news|watch(?: now| live| more)?|breaking)(?:\s*[:|—–-]\s*.*)?[\s.:!]*$/i,
    maxWords: 30,
    notSentences: true,
  },
  // Share / app / newsletter / listen / ad prompts.
  {
    kind: 'prompt',
    pattern:
      /^(?:share|tweet|email|e-mail|print|save|copy(?: link)?|link copied|gift(?: this)? article|bookmark|advertisement|advert|ad|sponsored(?: content)?|paid content|promoted|skip (?:to (?:main )?content|advertisement|ad)|menu|search|home|close|log ?in|sign ?in|subscribe(?: now)?|newsletter|back to top|listen|audio)[\s.:!|]*$/i,
    maxWords: 4,
  },
  { kind: 'prompt', pattern: /^share (?:this|the|on|via|to|article|story)\b/i, maxWords: 12 },
  { kind: 'prompt', pattern: /^(?:advertisement|sponsored)\b|\bnewsletter promotion$|^reuse this (?:content|article)$/i, maxWords: 6 },
  { kind: 'prompt', pattern: /^(?:privacy (?:notice|policy)|cookies? (?:policy|settings|notice)|we use cookies)\b/i, maxWords: 40 },
  { kind: 'prompt', pattern: /^(?:click|tap|press) (?:here|to|on|for|the)\b/i, maxWords: 25 },
  { kind: 'prompt', pattern: /^(?:(?:click|tap)(?: here)? to )?(?:download|get|install|try) (?:the|our) .{0,40}\bapps?\b/i, maxWords: 20 },
  { kind: 'prompt', pattern: /^(?:sign up|subscribe|register)\b.*\b(?:newsletters?|e-?mails?|inbox|briefings?|digest|alerts?|updates|our|free|here|now|today)\b/i, maxWords: 25 },
  { kind: 'prompt', pattern: /^(?:get|receive) (?:our|the) .{0,40}\b(?:newsletter|briefing|digest|alerts?)\b/i, maxWords: 25 },
  { kind: 'prompt', pattern: new RegExp(`^follow (?:us|@?[\\p{Lu}][\\p{L}\\d.&'’ -]*) on ${SOCIAL}\\b`, 'iu'), maxWords: 15 },
  { kind: 'prompt', pattern: /^(?:read|see|view|watch|listen to|hear) (?:the )?(?:full|original|complete|whole|entire|more|this|article|story|video|audio|podcast|now|here|on)\b/i, maxWords: 10 },
  { kind: 'prompt', pattern: /^(?:continue reading|(?:story|article) continues(?: below)?|scroll (?:down )?to continue|\d+\s*min(?:ute)?s?\s+read|reading time\b|story continues below advertisement)/i, maxWords: 10 },
  { kind: 'prompt', pattern: /^(?:our standards|contact (?:the )?(?:author|reporter|us|newsroom)|write to .*@|send (?:us )?(?:a )?(?:news )?tips?\b|have a (?:news )?tip\b)/i, maxWords: 25 },
  // Photo and reporting credits.
  {
    kind: 'credit',
    pattern: /^(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|videos?|file photo|photo credit|image credit|credits?|image source|media source|source)\s*(?:by)?\s*[:|,]\s*\S/i,
    maxWords: 12,
  },
  { kind: 'credit', pattern: /^\(?(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty(?: Images)?|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu(?: Agency)?|PA(?: Images| Media)?|Sipa|Zuma(?: Press)?|NurPhoto|Pool)(?: Photo| Images| via Getty Images| Wire)?(?:\s*\/\s*[^/]{1,40})?\)?$/i, maxWords: 8 },
  { kind: 'credit', pattern: /^\(?[\p{Lu}][\p{L}\p{M}.'’ -]{1,50}\s?\/\s?[\p{Lu}][\p{L}\p{M}.&'’ -]{0,40}\)?$/u, maxWords: 8 },
  { kind: 'credit', pattern: /^\((?:[^()]*\b(?:photo|photograph|image|credit|getty|reuters|afp|ap)\b[^()]*)\)$/i, maxWords: 12 },
  { kind: 'credit', pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|produced|edited|graphics?)(?: and [a-z]+)? by\b/i, maxWords: 40 },
  // Sourcing notes: "(With inputs from agencies.)", "(This story has not been edited by … and is auto-generated from a syndicated feed.)".
  { kind: 'sourcing', pattern: /^\(\s*(?:with|includes?|based on) (?:(?:additional |agency |wire )?inputs?|(?:additional )?reporting|contributions?|material|reports?) (?:from|by)\b[^()]*\)\.?$/i, maxWords: 25 },
  { kind: 'sourcing', pattern: /^(?:with|includes?) (?:(?:additional |agency |wire )?inputs?|(?:additional )?reporting|contributions?) (?:from|by) [^,;:]{1,40}$/i, maxWords: 8 },
  { kind: 'sourcing', pattern: /^\(\s*(?:this|the) (?:story|article|report|copy|content)\b[^()]*\b(?:syndicated|agency|wire|news) (?:feed|service|copy)\b[^()]*\)\.?$/i, maxWords: 40 },
  // Captions that carry their own credit or label.
  { kind: 'caption', pattern: /^(?:image|media|video|photo) caption\b/i, maxWords: 80 },
  { kind: 'caption', pattern: /\b(?:[Pp]hotograph|[Pp]hotos?|[Pp]icture|[Ii]mage|[Ii]llustration)(?:\s+by)?\s*:\s*\p{Lu}[^.!?]{0,80}$|\((?:[^()]*\/)?(?:AP|AFP|Reuters|EPA)?\s*Photo[^()]*\)\s*$/u, maxWords: 80 },
  // Navigation bars: "Local News | Sports | Obituaries | Opinion".
  { kind: 'navigation', pattern: /^[^|•·»>]{1,30}(?:\s[|•·»>]\s[^|•·»>]{1,30}){2,}$/, maxWords: 20 },
  // A bare link or address on its own line.
  { kind: 'link', pattern: /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/i, maxWords: 1 },
];

/** What kind of furniture a line is, judged on the line alone; null when it may be article text. */
export function furnitureKind(line: string, words: number): FurnitureKind | null {
  const sentence = words > 5 && SENTENCE.test(line);
  for (const rule of RULES) {
    if (words <= rule.maxWords && !(rule.notSentences && sentence) && rule.pattern.test(line)) return rule.kind;
  }
  // Shouted lines: links to other stories, app prompts, section labels. (A headline in capitals is
  // recognised later, from where it stands.)
  if (words <= 40 && isAllCaps(line)) return 'allcaps';
  return null;
}
