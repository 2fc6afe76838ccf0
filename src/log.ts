import { pino, type Logger, type Level } from 'pino';

export type { Logger };

/**
 * JSON logs to stderr: stdout belongs to `--json` output.
 * Anything that looks like a credential is redacted, wherever it is nested.
 */
export function createLogger(level: Level = 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { name: 'storybot' },
      redact: {
        paths: ['token', '*.token', '*.*.token', 'authorization', '*.authorization', '*.headers.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
