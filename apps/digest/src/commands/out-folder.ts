/** Makes a folder the user named (`--out`, `--site`) with its parents; one that cannot be made is exit 2, naming it. */
import { MakeDirsError, makeDirs } from "@stancewatch/cli-kit";
import { ConfigError } from "../errors.js";

export function makeOutFolder(dir: string, flag: string): void {
  try {
    makeDirs(dir);
  } catch (error) {
    if (!(error instanceof MakeDirsError)) throw error;
    throw new ConfigError(`${flag} ${dir}: ${error.message}`, { file: dir }, { cause: error });
  }
}
