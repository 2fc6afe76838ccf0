import { config as loadDotenv } from 'dotenv';
import type { Level } from 'pino';

/** Configuration from the environment (and `.env`), validated once. See `.env.example`. */
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

let dotenvLoaded = false;

/** Reads `.env` once per process (never overriding real environment variables). */
export function loadEnv(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/** Parses and validates every variable that is set; absent optional ones take their defaults. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const matching = (name: string, pattern: RegExp, what: string): string | null => {
    const value = text(name);
    if (value !== null && !pattern.test(value)) problems.push(`${name} must be ${what}`);
    return value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = text(name);
    if (value === null) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
      return fallback;
    }
    return n;
  };

  const logLevel = (text('LOG_LEVEL') ?? 'info') as Level;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${logLevel}"`);

  const apiBase = text('DISCORD_API_BASE') ?? 'https://discord.com/api';
  if (!/^https?:\/\/[^\s/]+/.test(apiBase)) problems.push(`DISCORD_API_BASE must be an http(s) URL, not "${apiBase}"`);

  const corpusDir = text('CORPUS_DIR') ?? 'corpus';
  const config: Config = {
    corpusDir,
    snapshotPath: text('SNAPSHOT_PATH') ?? '.storybot/index.snapshot',
    logLevel,
    discord: {
      // The token's value is never echoed back in a problem line.
      token: text('DISCORD_TOKEN'),
      applicationId: matching('DISCORD_APPLICATION_ID', SNOWFLAKE, 'a Discord snowflake (17 to 20 digits)'),
      guildId: matching('DISCORD_GUILD_ID', SNOWFLAKE, 'a Discord snowflake (17 to 20 digits)'),
      apiBase: apiBase.replace(/\/+$/, ''),
      publicKey: matching('DISCORD_PUBLIC_KEY', HEX_KEY, 'the application public key: 64 hexadecimal characters'),
    },
    cooldownSeconds: integer('COOLDOWN_SECONDS', 3, 0, 3600),
    host: text('HOST') ?? '127.0.0.1',
    port: integer('PORT', 8080, 0, 65535),
  };
  if (config.discord.token !== null && !TOKEN.test(config.discord.token)) {
    problems.push('DISCORD_TOKEN is malformed: expected the bot token from the Developer Portal (three dot-separated parts)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The config of this process: `.env` loaded once, validated once. */
let cached: Config | undefined;
export function getConfig(): Config {
  cached ??= parseConfig(loadEnv());
  return cached;
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
