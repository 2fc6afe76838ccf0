import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../log.js';
import { exitAfter, SHUTDOWN_MESSAGE } from '../shutdown.js';


/**
 * Runs `count` replicas of the endpoint as worker processes sharing one port (node:cluster): the
 * same stateless replicas a load balancer would spread over machines, here over this machine's
 * cores. SIGINT/SIGTERM asks each to drain; an unexpected exit stops all, so a supervisor restarts
 * the whole. Resolves with the exit code: 0 when every replica drained cleanly.
 */
export async function runReplicas(count: number, logger: Logger, env: Record<string, string> = {}, exitBoundMs?: number): Promise<number> {
  let stopping = false;
  let failed = false;
  const workers: Worker[] = Array.from({ length: count }, () => cluster.fork(env));
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
    if (stopping) return void logger.warn({ signal }, 'already shutting down: signal ignored, the replicas keep draining');
    logger.info({ signal, replicas: count }, 'shutting down the replicas');
    // Each replica has the same bound; this one covers a replica that would not exit.
    if (exitBoundMs !== undefined) exitAfter(exitBoundMs + 1000, logger);
    stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await Promise.all(exits);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return failed ? 1 : 0;
}
