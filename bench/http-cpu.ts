/**
 * CPU time spent by a process and its children (the replicas), read from Linux's /proc: what a
 * request costs the server, independent of how busy the machine was while measuring.
 */
import { readFileSync } from 'node:fs';
import { procStatCpuMs } from '../src/answer/build/thread-cpu.js';

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const ownCpuMs = (pid: number): number => procStatCpuMs(`/proc/${pid}/stat`);

/** User + system CPU milliseconds of `pid` and its live descendants; null where /proc is not available. */
export function treeCpuMs(pid: number): number | null {
  let total: number;
  try {
    total = ownCpuMs(pid);
  } catch {
    return null;
  }
  const pending = children(pid);
  while (pending.length > 0) {
    const next = pending.pop()!;
    try {
      total += ownCpuMs(next);
    } catch {
      continue; // exited meanwhile
    }
    pending.push(...children(next));
  }
  return total;
}

/** The client's own CPU milliseconds (user + system) so far. */
export function clientCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
