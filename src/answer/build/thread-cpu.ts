import { readFileSync } from 'node:fs';

/** Clock ticks per second of the CPU times in /proc (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time this thread has used so far, in ms (10 ms steps), or null where /proc/thread-self is missing
 * (not Linux). Unlike wall time, it is not inflated by other jobs competing for the cores, so the two
 * threads of a build can be compared on a shared machine.
 */
export function threadCpuMs(): number | null {
  try {
    return procStatCpuMs('/proc/thread-self/stat');
  } catch {
    return null;
  }
}

/** User + system CPU time in ms recorded in a /proc `stat` file (a process's or a thread's); throws if it cannot be read. */
export function procStatCpuMs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU time used between two threadCpuMs readings, null if either is unknown. */
export function cpuSince(start: number | null): number | null {
  const now = threadCpuMs();
  return start === null || now === null ? null : now - start;
}
