import { boundedEditDistance } from '../../index/edit-distance.js';
import { wrap } from '../../render/terminal/wrap.js';

interface CommandHelp {
  /** The command's arguments and options, in one line. */
  synopsis: string;
  /** What it does, for the command list. */
  summary: string;
  /** `storybot <command> --help`: the synopsis, the summary, then this. */
  details: string;
}

const JSON_OPTION = '  --json          exactly one JSON object on stdout (see docs/cli.md)';

export const COMMAND_HELP: Record<string, CommandHelp> = {
  ask: {
    synopsis: 'ask ["question"] [--json] [--limit N] [--outlet/--since/--until]',
    summary: 'the sentence that answers, with its passages',
    details: `options:
  --limit N       passages to show (default 3)
  --outlet NAME   only that outlet's articles (any case)
  --since DATE    only articles dated DATE (YYYY-MM-DD) or later
  --until DATE    only articles dated DATE or earlier
${JSON_OPTION}

Without a question: on a terminal, asks for questions one at a time; otherwise reads one question per line from stdin and writes one JSON object per line.

Exit codes: 0 answered, 1 nothing in the corpus answers, 2 usage error (an empty question too).`,
  },
  quote: {
    synopsis: 'quote ["text"] [--speaker NAME] [--json]',
    summary: 'who said what, and each outlet’s wording',
    details: `options:
  --speaker NAME  only that speaker’s quotes (any form of the name)
  --speakers      speakers with their quote counts (a text: names starting so)
  --limit N       quotes to show (default 5)
${JSON_OPTION}

Exit codes: 0 found, 1 nothing matches, 2 usage error.`,
  },
  sources: { synopsis: 'sources [--json]', summary: 'every article of the corpus', details: `options:\n${JSON_OPTION}` },
  passages: { synopsis: 'passages [--json]', summary: 'every indexed passage', details: `options:\n${JSON_OPTION}` },
  index: {
    synopsis: 'index',
    summary: 'write the index snapshot for a large corpus',
    details: 'Builds the index, the quote book and the stories and writes them to SNAPSHOT_PATH (default .storybot/index.snapshot); later commands start from it while it is newer than the corpus.',
  },
  start: {
    synopsis: 'start',
    summary: 'run the Discord bot over the gateway',
    details: 'Needs DISCORD_TOKEN (environment or .env). Runs until Ctrl-C (SIGINT) or SIGTERM. Register the commands first: storybot deploy --guild ID.',
  },
  serve: {
    synopsis: 'serve [--workers N]',
    summary: 'run the HTTP interactions endpoint (N replicas)',
    details: 'Needs DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID; listens on HOST:PORT (default 127.0.0.1:8080), POST /interactions. See docs/http.md.',
  },
  deploy: {
    synopsis: 'deploy [--guild ID | --global]',
    summary: 'register the slash commands with Discord',
    details: 'options:\n  --guild ID      in one server: instant (default DISCORD_GUILD_ID)\n  --global        everywhere: may take up to an hour to appear\n\nNeeds DISCORD_TOKEN and DISCORD_APPLICATION_ID.',
  },
  feedback: {
    synopsis: 'feedback [--json] [LOG_FILE]',
    summary: 'the 👍/👎 votes in a bot’s log, as eval questions',
    details: `options:\n${JSON_OPTION}\n\nReads the JSON log of storybot start or serve from LOG_FILE, or from stdin when piped. See docs/discord.md.`,
  },
};

/** `storybot --help`. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMAND_HELP).map((name) => name.length));
  const lines = Object.entries(COMMAND_HELP).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: storybot [--corpus DIR] <command> [options]

commands:
${lines.join('\n')}

options:
  --corpus DIR   the articles (default CORPUS_DIR, ./corpus or the bundled ones)
  --help         this text; storybot <command> --help explains one command
  --version      storybot's version`;
}

/** `storybot <command> --help`: prose wrapped to 80 columns, option lines as they are. */
export function commandUsage(name: string): string {
  const help = COMMAND_HELP[name]!;
  const details = help.details
    .split('\n')
    .map((line) => (line.startsWith(' ') || line === '' ? line : wrap(line, 80)))
    .join('\n');
  return `usage: storybot ${help.synopsis}\n\n${help.summary[0]!.toUpperCase()}${help.summary.slice(1)}.\n\n${details}`;
}

/** The command a mistyped name most likely meant: one that starts with it, else the nearest within two edits. */
export function didYouMean(typed: string): string | null {
  const names = Object.keys(COMMAND_HELP);
  const word = typed.toLowerCase();
  const prefixed = names.filter((name) => name.startsWith(word));
  if (word.length >= 2 && prefixed.length === 1) return prefixed[0]!;
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = boundedEditDistance(word, name, 2);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
