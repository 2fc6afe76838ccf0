import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, VARIABLES_OF } from '../../src/config.js';

/** The problem lines `env` gives `command`, or [] when its config is accepted. */
function problems(command: string, env: Record<string, string>): string[] {
  try {
    parseConfig(env, VARIABLES_OF[command]);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('config, checked per command', () => {
  const badDiscord = { DISCORD_TOKEN: 'no dots here', DISCORD_PUBLIC_KEY: 'short', DISCORD_APPLICATION_ID: 'app', DISCORD_API_BASE: 'not a url' };

  it.each(['sources', 'passages', 'ask', 'quote', 'index'])('%s ignores malformed Discord values it never uses', (command) => {
    expect(problems(command, badDiscord)).toEqual([]);
  });

  it('start checks only what it uses, and the token value is never echoed', () => {
    const lines = problems('start', { ...badDiscord, PORT: 'x' });
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['DISCORD_API_BASE', 'DISCORD_TOKEN']);
    expect(lines.join('\n')).not.toContain('no dots here');
  });

  it.each(['1e3', '0x10', '1.0', '+5', '-1', ' 10 0', '99999999999999999999'])('numbers are decimal integers in range: %j refused', (value) => {
    expect(problems('serve', { COOLDOWN_SECONDS: value })).toEqual([expect.stringMatching(/^COOLDOWN_SECONDS must be a whole number from 0 to 3600 in decimal digits/)]);
  });

  it('PORT=0x1F90 is refused, PORT=8080 accepted', () => {
    expect(problems('serve', { PORT: '0x1F90' })).toHaveLength(1);
    expect(parseConfig({ PORT: '8080', SHUTDOWN_DRAIN_MS: '250' }, VARIABLES_OF.serve)).toMatchObject({ port: 8080, shutdown: { drainMs: 250 } });
  });

  it.each(['https://discord .com/api', 'https://discord.com/a pi', 'ftp://discord.com', 'https://', 'discord.com/api', 'https://user:pw@discord.com'])('DISCORD_API_BASE %j is refused', (value) => {
    expect(problems('deploy', { DISCORD_API_BASE: value })).toEqual([expect.stringMatching(/^DISCORD_API_BASE must be an http\(s\) URL/)]);
  });
});
