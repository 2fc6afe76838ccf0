/** What human output adapts to: the width to wrap to, whether styles show, whether a person is typing. */
export interface Terminal {
  /** stdout's columns on a terminal; 80 when stdout is a file or a pipe. */
  width: number;
  /** stdout is a terminal: a person reads it (services print a readable line besides their logs). */
  tty: boolean;
  /** ANSI styles (bold query words): only on a terminal. */
  color: boolean;
  /** stdin and stdout are both terminals: a person can be asked for input. */
  interactive: boolean;
}

export const PLAIN_TERMINAL: Terminal = { width: 80, tty: false, color: false, interactive: false };

type Stream = { isTTY?: boolean; columns?: number };

export function detectTerminal(stdout: Stream = process.stdout, stdin: Stream = process.stdin): Terminal {
  const tty = stdout.isTTY === true;
  // A very narrow window still gets readable lines; wider than 120 makes long lines hard to follow.
  const width = tty && stdout.columns ? Math.max(40, Math.min(stdout.columns, 120)) : 80;
  return { width, tty, color: tty, interactive: tty && stdin.isTTY === true };
}

export interface Progress {
  /** Replaces the line's text (the elapsed seconds follow it). */
  update(text: string): void;
  /** Clears the line. */
  done(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

/**
 * One line on stderr for long work, rewritten in place with the elapsed seconds: only on a terminal
 * (never in logs or pipes), and only once the work has taken `afterMs`. It ticks whenever the event
 * loop is free; a synchronous stretch shows the last text until it ends.
 */
export function startProgress(text: string, options: { afterMs?: number; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return NO_PROGRESS;
  const started = performance.now();
  let current = text;
  let shown = false;
  const draw = () => {
    const seconds = Math.round((performance.now() - started) / 1000);
    const line = `storybot: ${current}${seconds > 0 ? ` ${seconds} s` : ''}`;
    stream.write(`\r${line.slice(0, Math.max(1, (stream.columns ?? 80) - 1))}\u001b[K`);
    shown = true;
  };
  // Shown at once when asked to: the work that follows may hold the event loop until it ends.
  const show = (options.afterMs ?? 0) > 0 ? setTimeout(draw, options.afterMs).unref() : (draw(), undefined);
  const tick = setInterval(() => shown && draw(), 1000).unref();
  return {
    update(next) {
      current = next;
      if (shown || (options.afterMs ?? 0) <= performance.now() - started) draw();
    },
    done() {
      clearTimeout(show);
      clearInterval(tick);
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
