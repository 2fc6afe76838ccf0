import cluster from 'node:cluster';
import type { Logger } from '../log.js';

/** The message the primary sends a replica to make it drain and exit. */
export const SHUTDOWN_MESSAGE = 'storybot:shutdown';

/**
 * Resolves on the first SIGINT/SIGTERM (or, in a replica, the primary's shutdown message). Listening
 * starts at once, so a signal during start-up or login is honoured. Later signals are logged and
 * ignored: a second Ctrl-C or SIGTERM must not cut the drain short (the process still exits within
 * its bound, see `exitAfter`).
 */
export function shutdownRequested(logger: Logger): Promise<string> {
  return new Promise((resolve) => {
    let reason: string | null = null;
    const request = (why: string): void => {
      if (reason === null) {
        reason = why;
        resolve(why);
      } else if (why !== 'primary') {
        logger.warn({ signal: why, stopping: reason }, 'already shutting down: signal ignored, the drain continues');
      }
    };
    // Kept for the life of the process: removing them would let a later signal kill it mid-drain.
    process.on('SIGINT', () => request('SIGINT'));
    process.on('SIGTERM', () => request('SIGTERM'));
    if (cluster.isWorker) {
      process.on('message', (message: unknown) => {
        if (message === SHUTDOWN_MESSAGE) request('primary');
      });
    }
  });
}

/**
 * The process's bound on shutting down: after `ms` it exits with `code` (1: the shutdown overran)
 * whatever is still running (a Discord call that never answers, a stuck socket). The timer does not
 * keep the process alive.
 */
export function exitAfter(ms: number, logger: Logger, code = 1): void {
  setTimeout(() => {
    if (code !== 0) logger.error({ afterMs: ms }, 'shutdown took longer than its bound; exiting now');
    process.exit(code);
  }, ms).unref();
}
