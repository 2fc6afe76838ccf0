import { config as loadDotenv } from 'dotenv';
import type { Level } from 'pino';

/** Configuration from the environment (and `.env`). See `.env.example`. */
export interface Config {
  corpusDir: string;
  /** Where `storybot index` writes the index snapshot; start-up uses it when newer than the corpus. */
  snapshotPath: string;
  logLevel: Level;
  discord: {
    token: string | null;
    applicationId: string | null;
    guildId: string | null;
    apiBase: string;
    publicKey: string | null;
  };
  /** Seconds a user waits between two commands; 0 disables the cooldown. */
  cooldownSeconds: number;
  host: string;
  port: number;
  shutdown: {
    /** After SIGTERM, how long `serve` keeps accepting (health 503) before it closes the listener. */
    drainMs: number;
    /** Then the longest wait for the work in flight; past it the process exits anyway. */
    deadlineMs: number;
  };
}

/** A configuration value is missing or malformed: one clear line per problem, exit code 2. */
export class ConfigError extends Error {
  readonly code = 'STORYBOT_CONFIG';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];
const SNOWFLAKE = /^\d{17,20}$/;
// Bot tokens are three dot-separated base64url parts; a fake Discord may issue shorter ones.
const TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
// Plain decimal digits only: `1e3`, `0x10`, `1.0` and `+5` are refused rather than reinterpreted.
const DECIMAL = /^\d{1,15}$/;

/** Every variable storybot reads; a command checks only those it uses (see `VARIABLES_OF`). */
export type Variable =
  | 'CORPUS_DIR'
  | 'SNAPSHOT_PATH'
  | 'LOG_LEVEL'
  | 'DISCORD_TOKEN'
  | 'DISCORD_APPLICATION_ID'
  | 'DISCORD_GUILD_ID'
  | 'DISCORD_API_BASE'
  | 'DISCORD_PUBLIC_KEY'
  | 'COOLDOWN_SECONDS'
  | 'HOST'
  | 'PORT'
  | 'SHUTDOWN_DRAIN_MS'
  | 'SHUTDOWN_DEADLINE_MS';

const CORPUS: Variable[] = ['CORPUS_DIR', 'SNAPSHOT_PATH', 'LOG_LEVEL'];
const SHUTDOWN: Variable[] = ['SHUTDOWN_DRAIN_MS', 'SHUTDOWN_DEADLINE_MS'];

/** What each CLI command reads: a malformed value of another command's variable does not stop it. */
export const VARIABLES_OF: Record<string, readonly Variable[]> = {
  sources: CORPUS,
  passages: CORPUS,
  ask: CORPUS,
  quote: CORPUS,
  index: CORPUS,
  // The token also keys the paging buttons' signatures (HMAC), so `serve` checks it when set.
  start: [...CORPUS, 'DISCORD_TOKEN', 'DISCORD_API_BASE', 'COOLDOWN_SECONDS', ...SHUTDOWN],
  serve: [...CORPUS, 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE', 'DISCORD_PUBLIC_KEY', 'COOLDOWN_SECONDS', 'HOST', 'PORT', ...SHUTDOWN],
  deploy: ['LOG_LEVEL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_BASE'],
};

let dotenvLoaded = false;

/** Reads `.env` once per process (never overriding real environment variables). */
export function loadEnv(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/**
 * Parses the environment. Only the variables in `check` are validated (default: all); the others
 * take their value as set, or their default, without a word, since the command does not use them.
 */
export function parseConfig(env: NodeJS.ProcessEnv, check: readonly Variable[] = Object.values(VARIABLES_OF).flat()): Config {
  const checked = new Set(check);
  const problems: string[] = [];
  const problem = (name: Variable, text: string): void => {
    if (checked.has(name)) problems.push(text);
  };
  const text = (name: Variable): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const matching = (name: Variable, pattern: RegExp, what: string): string | null => {
    const value = text(name);
    if (value !== null && !pattern.test(value)) problem(name, `${name} must be ${what}`);
    return value;
  };
  const integer = (name: Variable, fallback: number, min: number, max: number): number => {
    const value = text(name);
    if (value === null) return fallback;
    const n = DECIMAL.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max)) {
      problem(name, `${name} must be a whole number from ${min} to ${max} in decimal digits, not "${value}"`);
      return fallback;
    }
    return n;
  };

  const logLevel = (text('LOG_LEVEL') ?? 'info') as Level;
  if (!LEVELS.includes(logLevel)) problem('LOG_LEVEL', `LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${logLevel}"`);

  const apiBase = text('DISCORD_API_BASE') ?? 'https://discord.com/api';
  if (!isHttpUrl(apiBase)) problem('DISCORD_API_BASE', `DISCORD_API_BASE must be an http(s) URL without spaces, not "${apiBase}"`);

  // What SNAPSHOT_PATH may name (a regular file the project wrote, or nothing yet) is checked where it is written: src/index/snapshot.ts.
  const snapshotPath = text('SNAPSHOT_PATH') ?? '.storybot/index.snapshot';

  const token = text('DISCORD_TOKEN');
  // The token's value is never echoed back in a problem line.
  if (token !== null && !TOKEN.test(token)) {
    problem('DISCORD_TOKEN', 'DISCORD_TOKEN is malformed: expected the bot token from the Developer Portal (three dot-separated parts)');
  }

  const config: Config = {
    corpusDir: text('CORPUS_DIR') ?? 'corpus',
    snapshotPath,
    logLevel: LEVELS.includes(logLevel) ? logLevel : 'info',
    discord: {
      token,
      applicationId: matching('DISCORD_APPLICATION_ID', SNOWFLAKE, 'a Discord snowflake (17 to 20 digits)'),
      guildId: matching('DISCORD_GUILD_ID', SNOWFLAKE, 'a Discord snowflake (17 to 20 digits)'),
      apiBase: apiBase.replace(/\/+$/, ''),
      publicKey: matching('DISCORD_PUBLIC_KEY', HEX_KEY, 'the application public key: 64 hexadecimal characters'),
    },
    cooldownSeconds: integer('COOLDOWN_SECONDS', 3, 0, 3600),
    host: text('HOST') ?? '127.0.0.1',
    port: integer('PORT', 8080, 0, 65535),
    shutdown: {
      drainMs: integer('SHUTDOWN_DRAIN_MS', 3000, 0, 120_000),
      deadlineMs: integer('SHUTDOWN_DEADLINE_MS', 20_000, 100, 600_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** An absolute http(s) URL that parses, with a host and no whitespace anywhere. */
function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The config of this process for `command` (`.env` loaded once): only what the command uses is checked. */
export function getConfig(command: string): Config {
  return parseConfig(loadEnv(), VARIABLES_OF[command] ?? []);
}

type Required = 'token' | 'applicationId' | 'publicKey';
const VARIABLE: Record<Required, string> = {
  token: 'DISCORD_TOKEN',
  applicationId: 'DISCORD_APPLICATION_ID',
  publicKey: 'DISCORD_PUBLIC_KEY',
};

/** Asserts that the Discord values a command needs are set. */
export function requireDiscord(config: Config, needs: Required[]): asserts config is Config & {
  discord: { token: string; applicationId: string; publicKey: string };
} {
  const missing = needs.filter((need) => config.discord[need] === null).map((need) => `${VARIABLE[need]} is not set (see .env.example)`);
  if (missing.length > 0) throw new ConfigError(missing);
}
