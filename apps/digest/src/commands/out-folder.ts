/** Makes a folder the user named (`--out`, `--site`) with its parents; one that cannot be made is exit 2, naming it. */
import { ConfigError, MakeDirsError, makeDirs } from "@stancewatch/cli-kit";

export function makeOutFolder(dir: string, flag: string): void {
  try {
    makeDirs(dir);
  } catch (error) {
    if (!(error instanceof MakeDirsError)) throw error;
    throw new ConfigError(`${flag} ${dir}: ${error.message}`, { file: dir }, { cause: error });
  }
}
