import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../log.js';

/** The message the primary sends a replica to make it drain and exit. */
export const SHUTDOWN_MESSAGE = 'storybot:shutdown';

/**
 * Runs `count` replicas of the endpoint as worker processes sharing one port (node:cluster): the
 * same stateless replicas a load balancer would spread over machines, here over this machine's
 * cores. SIGINT/SIGTERM asks each to drain; an unexpected exit stops all, so a supervisor restarts
 * the whole. Resolves with the exit code: 0 when every replica drained cleanly.
 */
export async function runReplicas(count: number, logger: Logger): Promise<number> {
  let stopping = false;
  let failed = false;
  const workers: Worker[] = Array.from({ length: count }, () => cluster.fork());
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    for (const worker of workers) if (worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
  };
  const exits = workers.map(
    (worker) =>
      new Promise<void>((resolve) =>
        worker.once('exit', (code, signal) => {
          if (code !== 0) failed = true;
          if (!stopping) {
            logger.error({ pid: worker.process.pid, code, signal }, 'a replica stopped unexpectedly; stopping the others');
            stop();
          }
          resolve();
        }),
      ),
  );
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal, replicas: count }, 'shutting down the replicas');
    stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await Promise.all(exits);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return failed ? 1 : 0;
}

/** Resolves on the first SIGINT/SIGTERM (or the primary's shutdown message); later ones are ignored while draining. */
export function shutdownRequested(): Promise<string> {
  return new Promise((resolve) => {
    const ignore = (): void => {};
    const stop = (reason: string): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('message', onMessage);
      // Ctrl-C reaches the primary and every replica at once: a second signal must not kill the drain.
      process.on('SIGINT', ignore);
      process.on('SIGTERM', ignore);
      resolve(reason);
    };
    const onSignal = (signal: NodeJS.Signals): void => stop(signal);
    const onMessage = (message: unknown): void => {
      if (message === SHUTDOWN_MESSAGE) stop('primary');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    if (cluster.isWorker) process.on('message', onMessage);
  });
}
