/**
 * A live status line on stderr, for people at a terminal only: on a pipe, a log file or under
 * `--json` nothing is drawn, so cron mail and scripts see only the summary. Redrawn at most every
 * 100 ms; `done()` wipes it so the summary line starts clean.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** Redraw the line (throttled unless `force`). */
  update(line: string, force?: boolean): void;
  /** Wipe the line, if one was drawn. */
  done(): void;
}

export function ttyProgress(stream: ProgressStream, opts: { enabled?: boolean; now?: () => number } = {}): Progress {
  const enabled = (opts.enabled ?? true) && stream.isTTY === true;
  const now = opts.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(line, force = false) {
      if (!enabled) return;
      const t = now();
      if (!force && t - last < 100) return;
      last = t;
      stream.write(`\r${line.slice(0, (stream.columns || 120) - 1)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
