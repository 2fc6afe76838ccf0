import { watch, type FSWatcher } from 'node:fs';

export interface WatchOptions {
  /** Quiet time after the last event before the change is reported: a save is several events (default 300 ms). */
  debounceMs?: number;
  /** Told when the folder cannot be watched any more (deleted, unmounted). */
  onError?: (error: Error) => void;
}

export interface CorpusWatch {
  close(): void;
}

/**
 * Watches a corpus folder (fs.watch, not recursive: articles sit at its top level) and reports, once
 * the folder has been quiet for `debounceMs`, the names of the files that changed. Names starting
 * with "." (editors' and our own temporary files) are left out; a report may still name a file that
 * is gone again, so the caller re-reads the folder rather than trusting the list.
 */
export function watchCorpus(dir: string, onChange: (names: ReadonlySet<string>) => void, options: WatchOptions = {}): CorpusWatch {
  const debounceMs = options.debounceMs ?? 300;
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const names = changed;
    changed = new Set();
    if (names.size > 0) onChange(names);
  };
  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, name) => {
    // Some platforms do not say which file; the reload reads the whole folder anyway.
    const file = name?.toString() ?? '';
    if (file.startsWith('.')) return;
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
