// zod 3.25 ships zod 4 at `zod/v4` (and zod 4 keeps that path), so importing it from there is what lets
// projects on either line use this package. A bare `from "zod"` would load zod 3 in those projects.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

describe("the package's own imports of zod", () => {
  it("are all from zod/v4", () => {
    expect(files.length).toBeGreaterThan(5);
    const bare = files.filter((f) => /from\s+["']zod["']/.test(readFileSync(join(src, f), "utf8")));
    expect(bare).toEqual([]);
  });
});
