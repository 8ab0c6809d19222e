/**
 * What every `runX(options, deps)` of both command lines is given besides its options, so that a
 * test can run a command with its own environment, folder, clock and an open store, and commander
 * only parses and prints: `runExport(options, { env: process.env, cwd: process.cwd(), now: () => new Date() })`.
 */
export interface CommandDeps<S = unknown> {
  env: NodeJS.ProcessEnv;
  /** The folder relative paths (`--config`, `--db`, `--out`) are resolved against. */
  cwd: string;
  now: () => Date;
  /** An open store to use instead of the one the options name (the caller closes it). */
  store?: S;
}
