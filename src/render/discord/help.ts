import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  MessageFlags,
  type APIApplicationCommandOption,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../../transport/interaction.js';
import { finalize } from './payload.js';

const HELP_COLOR = 0x2f855a;

/** A command as /help lists it: its definition, and a line for commands that carry no description. */
export interface HelpEntry {
  data: RESTPostAPIApplicationCommandsJSONBody;
  help?: string;
}

const SUBCOMMANDS = new Set<ApplicationCommandOptionType>([ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup]);

/** `question:` for a required option, `[private:]` for an optional one. */
function usage(options: readonly APIApplicationCommandOption[]): string {
  return options
    .filter((option) => !SUBCOMMANDS.has(option.type))
    .map((option) => ('required' in option && option.required ? `\`${option.name}:\`` : `[\`${option.name}:\`]`))
    .join(' ');
}

const line = (name: string, usageText: string, what: string): string => `${[name, usageText].filter(Boolean).join(' ')} — ${what}`;

function lines(entry: HelpEntry): string[] {
  const { data } = entry;
  if (data.type === ApplicationCommandType.Message) {
    return [`**${data.name}** (on a message: **Apps** → ${data.name}) — ${entry.help ?? 'works on the message it is used on'}`];
  }
  if (data.type === ApplicationCommandType.User) return [`**${data.name}** (on a member: **Apps** → ${data.name}) — ${entry.help ?? ''}`];
  const description = ('description' in data ? data.description : undefined) ?? '';
  const options = 'options' in data ? (data.options ?? []) : [];
  const subcommands = options.filter((option) => option.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length === 0) return [line(`**/${data.name}**`, usage(options), entry.help ?? description)];
  return subcommands.map((sub) => line(`**/${data.name} ${sub.name}**`, usage(sub.options ?? []), sub.description));
}

/** What each command does, one line each, for the person who asked (ephemeral). */
export function renderHelp(entries: readonly HelpEntry[]): MessagePayload {
  return finalize({
    embeds: [
      {
        title: 'storybot: answers quoted from the articles',
        description: entries.flatMap(lines).join('\n'),
        color: HELP_COLOR,
        footer: {
          text: 'Options in [brackets] are optional. Under an answer: links to the articles, and 👍 / 👎 to say whether it helped.',
        },
      },
    ],
    flags: MessageFlags.Ephemeral,
  });
}
