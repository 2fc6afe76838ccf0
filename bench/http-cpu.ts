/**
 * CPU time spent by a process and its children (the replicas), read from Linux's /proc: what a
 * request costs the server, independent of how busy the machine was while measuring.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function ownCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
}

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
