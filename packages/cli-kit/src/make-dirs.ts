/**
 * Creates a folder and its missing parents, one at a time, and fails with the folder and the reason.
 *
 * Why not `mkdirSync(dir, { recursive: true })`: on Node 20 it never returns for a path under a
 * folder that refuses new entries with ENOENT. `--db /proc/x/y.db` made `ingest run` spin at 100%
 * CPU: mkdir("/proc/x") says ENOENT although /proc exists, so Node makes the parent again and
 * retries, forever (the promise form loops the same way).
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

/** A folder that could not be made; `message` names it and says why in plain words. */
export class MakeDirsError extends Error {
  override name = "MakeDirsError";
  constructor(
    readonly dir: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot create the folder ${dir}: ${reason}`, options);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "its parent does not take new folders",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file of that name is in the way",
  ENOSPC: "no space left on the device",
  ENAMETOOLONG: "the name is too long",
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return REASONS[code] ? `${REASONS[code]} (${code})` : (error as Error).message;
}

export function makeDirs(dir: string): void {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let at = target; !existsSync(at); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made by someone else meanwhile: fine, if it is a folder.
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && isFolder(folder)) continue;
      throw new MakeDirsError(folder, reasonOf(error), { cause: error });
    }
  }
  if (!isFolder(target)) throw new MakeDirsError(target, "it is a file, not a folder");
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
