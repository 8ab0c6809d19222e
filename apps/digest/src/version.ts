import { readFileSync } from "node:fs";

/** This package's version, read at run time so src (tests) and dist (the bin) agree. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;
