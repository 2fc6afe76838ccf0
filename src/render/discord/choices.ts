import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { SpeakerCount } from '../../answer/types.js';
import { stripControls } from './controls.js';
import { LIMITS } from './limits.js';
import { ELLIPSIS, plainCut } from './truncate.js';

/** Autocomplete choices for a speaker option: at most 25, names and values within 100 characters. */
export function speakerChoices(speakers: readonly SpeakerCount[]): APIApplicationCommandOptionChoice<string>[] {
  return speakers
    .filter((s) => s.speaker.length <= LIMITS.choiceValue) // a cut value would not match the speaker again
    .slice(0, LIMITS.choices)
    .map((s) => {
      const label = stripControls(`${s.speaker}${s.role ? ` (${s.role})` : ''} — ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`);
      const keep = label.length <= LIMITS.choiceName ? label.length : plainCut(label, LIMITS.choiceName - ELLIPSIS.length);
      return { name: keep < label.length ? `${label.slice(0, keep)}${ELLIPSIS}` : label, value: s.speaker };
    });
}
