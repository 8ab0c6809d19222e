/**
 * Writing to stdout as a Unix filter should: wait when the pipe is full, and stop quietly when the
 * reader has gone away (`ingest export | head -1` closes the pipe after one line: "write EPIPE").
 */

/** Whether stdout's reader has gone away (set by the CLI's EPIPE handler). */
export const stdoutState = { closed: false };

/** Marks stdout closed on EPIPE; any other stdout error is a real failure, rethrown. */
export function watchStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stdoutState.closed = true;
  });
}

/**
 * Writes one chunk and, when the stream's buffer is full, waits until it drains or fails (an
 * `error` resolves too: `events.once(…, "drain")` would reject on it and surface EPIPE as a crash).
 * Returns false once the reader is gone, so the caller stops producing.
 */
export async function writeChunk(chunk: string, stream: NodeJS.WritableStream = process.stdout): Promise<boolean> {
  if (stdoutState.closed) return false;
  if (stream.write(chunk)) return !stdoutState.closed;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("error", done);
    stream.once("close", done);
  });
  return !stdoutState.closed;
}
