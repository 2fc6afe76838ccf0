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
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): state is the 3rd field, utime and stime the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU time used between two threadCpuMs readings, null if either is unknown. */
export function cpuSince(start: number | null): number | null {
  const now = threadCpuMs();
  return start === null || now === null ? null : now - start;
}
