/**
 * Invisible formatting characters that can make echoed text lie about itself: bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069) reorder what follows, so a title can read
 * backwards or hide its end; marks (U+200E, U+200F, U+061C), zero-width spaces and joiners
 * (U+200B–200D, U+2060, U+FEFF) hide inside words. Removed from everything echoed to Discord.
 */
const CONTROLS = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
